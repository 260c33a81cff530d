import { createHash } from 'node:crypto';
import { stripUnknownScriptFlags } from './script-flags';

export interface PreparedScript {
  /** The script as Redis runs it. */
  body: string;
  /** SHA1 of the script the client sent: what it will ask for with EVALSHA. */
  clientSha: string;
  /** SHA1 of `body`: what Redis knows the script by. */
  engineSha: string;
}

const MAX_SCRIPTS = 1_000;

/**
 * Remembers scripts whose SHA changed when their flags were stripped, so an EVALSHA with the
 * client's SHA can be sent to Redis with Redis's SHA (or as EVAL of the body). Per bridge
 * process; a bridge that never saw the script answers NOSCRIPT and the client falls back to
 * EVAL, as @upstash/ratelimit does.
 */
export class ScriptRegistry {
  private readonly rewritten = new Map<string, PreparedScript>();

  prepare(script: string): PreparedScript {
    const body = stripUnknownScriptFlags(script);
    const clientSha = sha1(script);
    const prepared = { body, clientSha, engineSha: body === script ? clientSha : sha1(body) };
    if (body !== script) {
      this.rewritten.delete(clientSha);
      this.rewritten.set(clientSha, prepared);
      // Oldest first: a flood of one-off scripts cannot grow the map without bound.
      if (this.rewritten.size > MAX_SCRIPTS) {
        const oldest = this.rewritten.keys().next().value;
        if (oldest !== undefined) this.rewritten.delete(oldest);
      }
    }
    return prepared;
  }

  /** The rewritten script the client knows by `sha`, if this registry rewrote one. */
  lookup(sha: string): PreparedScript | undefined {
    return this.rewritten.get(sha.toLowerCase());
  }

  /** Redis's SHA for a client SHA (itself when the script needed no rewriting). */
  engineSha(sha: string): string {
    return this.lookup(sha)?.engineSha ?? sha;
  }

  clear(): void {
    this.rewritten.clear();
  }
}

function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}
