import type { BaseClient } from './client.js';

/** Base of every generated resource class: holds the client its methods call. */
export class APIResource {
  protected readonly _client: BaseClient;

  constructor(client: BaseClient) {
    this._client = client;
  }
}
