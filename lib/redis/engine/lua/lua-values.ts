import { lua, to_jsstring, to_luastring, type LuaState } from 'fengari';
import { RedisError, type RedisReply } from '../../reply';

/**
 * Conversions between Redis replies and Lua values, following Redis's scripting rules
 * (https://redis.io/docs/latest/develop/interactive/programmability/lua-api/): nil becomes
 * `false`, errors become `{err=…}` tables, and on the way back numbers are truncated to
 * integers, `true` is 1, `false` is nil and arrays stop at the first nil.
 */

/** Pushes a Redis reply onto the Lua stack as the script sees it. */
export function pushReply(L: LuaState, reply: RedisReply): void {
  reserve(L);
  if (reply === null) {
    lua.lua_pushboolean(L, false);
  } else if (typeof reply === 'number') {
    if (Number.isInteger(reply)) lua.lua_pushinteger(L, reply);
    else lua.lua_pushnumber(L, reply);
  } else if (typeof reply === 'string') {
    lua.lua_pushstring(L, to_luastring(reply));
  } else if (Buffer.isBuffer(reply)) {
    lua.lua_pushstring(L, new Uint8Array(reply));
  } else if (reply instanceof RedisError) {
    pushErrorTable(L, reply.message);
  } else {
    lua.lua_createtable(L, reply.length, 0);
    reply.forEach((item, i) => {
      pushReply(L, item);
      lua.lua_rawseti(L, -2, i + 1);
    });
  }
}

/** Pushes `{err = message}`, Redis's representation of an error reply inside Lua. */
export function pushErrorTable(L: LuaState, message: string): void {
  reserve(L);
  lua.lua_createtable(L, 0, 1);
  lua.lua_pushstring(L, to_luastring(message));
  lua.lua_setfield(L, -2, to_luastring('err'));
}

/** Reads the Lua value at `index` (absolute) as the Redis reply a script returns. */
export function toReply(L: LuaState, index: number): RedisReply {
  const type = lua.lua_type(L, index);
  if (type === lua.LUA_TNUMBER) {
    return lua.lua_isinteger(L, index)
      ? lua.lua_tointeger(L, index)
      : Math.trunc(lua.lua_tonumber(L, index));
  }
  if (type === lua.LUA_TSTRING) return Buffer.from(lua.lua_tostring(L, index) ?? []);
  if (type === lua.LUA_TBOOLEAN) return lua.lua_toboolean(L, index) ? 1 : null;
  if (type === lua.LUA_TTABLE) return tableToReply(L, index);
  return null;
}

function tableToReply(L: LuaState, index: number): RedisReply {
  reserve(L);
  const err = stringField(L, index, 'err');
  if (err !== undefined) return new RedisError(err);
  const status = stringField(L, index, 'ok');
  if (status !== undefined) return status;
  const items: RedisReply[] = [];
  for (let i = 1; lua.lua_rawgeti(L, index, i) !== lua.LUA_TNIL; i++) {
    items.push(toReply(L, lua.lua_gettop(L)));
    lua.lua_pop(L, 1);
  }
  lua.lua_pop(L, 1);
  return items;
}

function stringField(L: LuaState, index: number, name: string): string | undefined {
  const type = lua.lua_getfield(L, index, to_luastring(name));
  const value = type === lua.LUA_TSTRING ? luaText(L, -1) : undefined;
  lua.lua_pop(L, 1);
  return value;
}

// Like C Lua, fengari only guarantees a few free stack slots; nested replies need more.
function reserve(L: LuaState): void {
  if (!lua.lua_checkstack(L, 4)) throw new Error('Lua stack exhausted converting a reply');
}

/** A Lua string as text, with invalid UTF-8 replaced rather than thrown on. */
export function luaText(L: LuaState, index: number): string {
  const bytes = lua.lua_tostring(L, index);
  return bytes ? to_jsstring(bytes, undefined, undefined, true) : '';
}
