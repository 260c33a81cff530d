import { createHash } from 'node:crypto';
import { lauxlib, lua, lualib, to_luastring, type LuaState } from 'fengari';
import { RedisError, type CommandArgs, type RedisReply, type Settled } from '../../reply';
import { luaText, pushErrorTable, pushReply, toReply } from './lua-values';
import { luaSource } from './script-shebang';

/** Runs one `redis.call` for a script; error replies come back settled, never thrown. */
export type ScriptCommandRunner = (args: CommandArgs) => Promise<Settled>;

export interface LuaRuntimeOptions {
  /** A script still running after this long is aborted (Redis answers BUSY instead). */
  maxRunMs?: number;
}

// The `redis` object scripts see. `command` yields to the host, which runs the command
// asynchronously and resumes the script with (ok, reply).
const PRELUDE = `
local command, sha1hex = __orrery_command, __orrery_sha1hex
__orrery_command, __orrery_sha1hex = nil, nil
unpack = unpack or table.unpack
redis = { LOG_DEBUG = 0, LOG_VERBOSE = 1, LOG_NOTICE = 2, LOG_WARNING = 3 }
function redis.call(...)
  local ok, reply = command(...)
  if ok then return reply end
  error(reply, 0)
end
function redis.pcall(...)
  local _, reply = command(...)
  return reply
end
function redis.error_reply(message) return { err = message } end
function redis.status_reply(message) return { ok = message } end
function redis.sha1hex(text) return sha1hex(text) end
function redis.log() end
`;

const HOOK_EVERY_INSTRUCTIONS = 10_000;

/**
 * A Lua VM (fengari, Lua 5.3) that runs Redis scripts against any command runner. Each run is
 * a coroutine: `redis.call` yields, the host awaits the command, then resumes the script, so
 * commands may be asynchronous. Runs must not overlap (KEYS and ARGV are globals, as in
 * Redis); the memory engine serialises them, which is also what makes scripts atomic.
 *
 * @example
 * const runtime = new LuaRuntime();
 * await runtime.run({ body: 'return ARGV[1]', sha }, [], ['hi'], runCommand); // Buffer "hi"
 */
export class LuaRuntime {
  private readonly L: LuaState;
  private readonly compiled = new Map<string, number>();
  private readonly maxRunMs: number;
  private pending: CommandArgs | undefined;

  constructor(options: LuaRuntimeOptions = {}) {
    this.maxRunMs = options.maxRunMs ?? 5_000;
    this.L = lauxlib.luaL_newstate();
    lualib.luaL_openlibs(this.L);
    lua.lua_pushjsfunction(this.L, (L) => this.yieldCommand(L));
    lua.lua_setglobal(this.L, to_luastring('__orrery_command'));
    lua.lua_pushjsfunction(this.L, (L) => {
      const digest = createHash('sha1').update(luaText(L, 1)).digest('hex');
      lua.lua_pushstring(L, to_luastring(digest));
      return 1;
    });
    lua.lua_setglobal(this.L, to_luastring('__orrery_sha1hex'));
    this.pushCompiled(PRELUDE, 'prelude');
    if (lua.lua_resume(this.L, null, 0) !== lua.LUA_OK) {
      throw new Error(`Lua prelude failed: ${luaText(this.L, -1)}`);
    }
    lua.lua_settop(this.L, 0);
  }

  /**
   * Runs a script (an EVAL body, shebang line and all; compiled once per SHA) and returns its
   * reply; error replies throw.
   */
  async run(
    script: { body: string; sha: string },
    keys: readonly string[],
    argv: readonly string[],
    runCommand: ScriptCommandRunner,
  ): Promise<RedisReply> {
    const main = this.L;
    this.pushFunction(script);
    this.setGlobalArray('KEYS', keys);
    this.setGlobalArray('ARGV', argv);
    const thread = lua.lua_newthread(main);
    const threadRef = lauxlib.luaL_ref(main, lua.LUA_REGISTRYINDEX);
    lua.lua_xmove(main, thread, 1);
    const deadline = Date.now() + this.maxRunMs;
    lua.lua_sethook(
      thread,
      (T) => {
        if (Date.now() > deadline) raise(T, `ERR script ran longer than ${this.maxRunMs} ms`);
      },
      lua.LUA_MASKCOUNT,
      HOOK_EVERY_INSTRUCTIONS,
    );
    try {
      let nargs = 0;
      for (;;) {
        const status = lua.lua_resume(thread, main, nargs);
        if (status === lua.LUA_OK) {
          const reply = lua.lua_gettop(thread) > 0 ? toReply(thread, 1) : null;
          if (reply instanceof RedisError) throw reply;
          return reply;
        }
        if (status !== lua.LUA_YIELD) throw scriptError(thread);
        const args = this.pending;
        this.pending = undefined;
        if (!args) throw new RedisError('ERR scripts may not yield');
        const settled = await runCommand(args);
        lua.lua_pushboolean(thread, settled.ok);
        if (settled.ok) pushReply(thread, settled.reply);
        else pushErrorTable(thread, settled.error);
        nargs = 2;
      }
    } finally {
      lauxlib.luaL_unref(main, lua.LUA_REGISTRYINDEX, threadRef);
    }
  }

  /** Drops every compiled script (SCRIPT FLUSH). */
  forgetScripts(): void {
    for (const ref of this.compiled.values()) {
      lauxlib.luaL_unref(this.L, lua.LUA_REGISTRYINDEX, ref);
    }
    this.compiled.clear();
  }

  private pushFunction(script: { body: string; sha: string }): void {
    let ref = this.compiled.get(script.sha);
    if (ref === undefined) {
      this.pushCompiled(luaSource(script.body), 'user_script');
      ref = lauxlib.luaL_ref(this.L, lua.LUA_REGISTRYINDEX);
      this.compiled.set(script.sha, ref);
    }
    lua.lua_rawgeti(this.L, lua.LUA_REGISTRYINDEX, ref);
  }

  private pushCompiled(body: string, chunkName: string): void {
    const bytes = to_luastring(body);
    if (lauxlib.luaL_loadbuffer(this.L, bytes, bytes.length, to_luastring(`@${chunkName}`))) {
      const message = luaText(this.L, -1);
      lua.lua_pop(this.L, 1);
      throw new RedisError(`ERR Error compiling script (new function): ${message}`);
    }
  }

  private setGlobalArray(name: string, values: readonly string[]): void {
    lua.lua_createtable(this.L, values.length, 0);
    values.forEach((value, i) => {
      lua.lua_pushstring(this.L, to_luastring(value));
      lua.lua_rawseti(this.L, -2, i + 1);
    });
    lua.lua_setglobal(this.L, to_luastring(name));
  }

  private yieldCommand(L: LuaState): number {
    const count = lua.lua_gettop(L);
    if (count === 0) raise(L, 'ERR Please specify at least one argument for this redis lib call');
    const args: string[] = [];
    for (let i = 1; i <= count; i++) {
      const type = lua.lua_type(L, i);
      if (type === lua.LUA_TSTRING) args.push(luaText(L, i));
      else if (type === lua.LUA_TNUMBER) args.push(numberArgument(L, i));
      else raise(L, 'ERR Lua redis lib command arguments must be strings or integers');
    }
    this.pending = args;
    return lua.lua_yield(L, 0);
  }
}

function numberArgument(L: LuaState, index: number): string {
  return lua.lua_isinteger(L, index)
    ? String(lua.lua_tointeger(L, index))
    : String(lua.lua_tonumber(L, index));
}

function raise(L: LuaState, message: string): never {
  lua.lua_pushstring(L, to_luastring(message));
  return lua.lua_error(L);
}

function scriptError(thread: LuaState): RedisError {
  const reply = toReply(thread, lua.lua_gettop(thread));
  if (reply instanceof RedisError) return reply;
  const message = luaText(thread, -1);
  return new RedisError(/^[A-Z]+ /.test(message) ? message : `ERR ${message}`);
}
