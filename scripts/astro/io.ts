/** Where the CLI writes; tests pass buffers, the entry point passes the process streams. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}
