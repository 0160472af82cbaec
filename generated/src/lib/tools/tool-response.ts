// The user turn that answers an assistant turn's `tool_use` blocks: each tool found among the
// runner's tools is parsed and run (all at once), and what it returned, or what it threw, becomes a
// `tool_result`. A tool the runner cannot run is answered with an error result, not an exception,
// so the model can recover.
import type {
  BetaInputMessage,
  BetaRequestToolResultBlock,
  BetaResponseToolUseBlock,
} from '../../resources/shared.js';
import {
  ToolError,
  type BetaRunnableTool,
  type BetaToolRunResult,
  type BetaToolUnion,
} from './runnable-tool.js';

type ToolUse = Pick<BetaResponseToolUseBlock, 'id' | 'name' | 'input'> & { type: 'tool_use' };

export async function generateToolResponse(
  tools: readonly (BetaToolUnion | BetaRunnableTool)[],
  lastMessage: BetaInputMessage | undefined,
  signal: AbortSignal | null | undefined,
): Promise<BetaInputMessage | null> {
  if (!lastMessage || lastMessage.role !== 'assistant' || typeof lastMessage.content === 'string')
    return null;
  const toolUses = (lastMessage.content as readonly { type: string }[]).filter(
    (block): block is ToolUse => block.type === 'tool_use',
  );
  if (toolUses.length === 0) return null;
  const results = await Promise.all(toolUses.map((toolUse) => answer(tools, toolUse, signal)));
  return { role: 'user', content: results };
}

async function answer(
  tools: readonly (BetaToolUnion | BetaRunnableTool)[],
  toolUse: ToolUse,
  signal: AbortSignal | null | undefined,
): Promise<BetaRequestToolResultBlock> {
  const tool = tools.find((candidate) => toolName(candidate) === toolUse.name);
  if (!tool || !('run' in tool)) {
    return {
      type: 'tool_result',
      tool_use_id: toolUse.id,
      content: `Error: Tool '${toolUse.name}' not found`,
      is_error: true,
    };
  }
  try {
    const input = typeof tool.parse === 'function' ? tool.parse(toolUse.input) : toolUse.input;
    const block = toolUse as BetaResponseToolUseBlock;
    const content = await tool.run(input, { toolUse: block, toolUseBlock: block, signal });
    return { type: 'tool_result', tool_use_id: toolUse.id, content };
  } catch (error) {
    return { type: 'tool_result', tool_use_id: toolUse.id, content: errorContent(error), is_error: true };
  }
}

/** The name the model calls a tool by: an MCP toolset's server name, every other tool's `name`. */
function toolName(tool: BetaToolUnion | BetaRunnableTool): string {
  return 'name' in tool ? tool.name : (tool as { mcp_server_name: string }).mcp_server_name;
}

function errorContent(error: unknown): BetaToolRunResult {
  if (error instanceof ToolError) return error.content;
  return `Error: ${error instanceof Error ? error.message : String(error)}`;
}
