// PGlite runs Postgres in WebAssembly, where Postgres's stack-depth check does not
// protect the real stack: JSON nested about 10,000 deep (a 20 KB request) returns
// no rows instead of an error, and the next statement spins forever, so the whole
// local API stops answering. Real PostgreSQL refuses the same input with an error.
// This guard sits between the socket server and PGlite and keeps any message
// nested deeper than MAX_NESTING away from it: a query becomes one that raises
// 54001 (statement too complex), a bind names a statement that does not exist, so
// the protocol stays in step and the next statement is answered as usual.

export const MAX_NESTING = 256;

/** The deepest run of [ and { in `bytes`, outside double-quoted strings. */
export function nestingDepth(bytes, from = 0) {
  let depth = 0;
  let deepest = 0;
  let quoted = false;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (quoted) {
      if (b === 0x5c) i++;
      else if (b === 0x22) quoted = false;
    } else if (b === 0x22) quoted = true;
    else if (b === 0x5b || b === 0x7b) deepest = Math.max(deepest, ++depth);
    else if ((b === 0x5d || b === 0x7d) && depth > 0) depth--;
  }
  return deepest;
}

function message(type, body) {
  const out = Buffer.alloc(5 + body.length);
  out[0] = type.charCodeAt(0);
  out.writeInt32BE(4 + body.length, 1);
  body.copy(out, 5);
  return out;
}

const refusal = `do $$ begin raise exception using errcode = '54001', message = 'refused: nested deeper than ${MAX_NESTING} levels'; end $$`;

/** The message PGlite is given instead of one nested too deep. */
function replacement(raw) {
  if (raw[0] === 0x51 /* Q */) return message('Q', Buffer.from(`${refusal}\0`));
  if (raw[0] === 0x42 /* B */) {
    const portalEnd = raw.indexOf(0, 5);
    const portal = raw.subarray(5, portalEnd + 1);
    const tail = Buffer.from('pglite_refused_deep_nesting\0\0\0\0\0\0\0', 'latin1');
    return message('B', Buffer.concat([portal, tail]));
  }
  return null;
}

/** A view of `db` for PGLiteSocketServer that refuses deeply nested messages. */
export function guardNesting(db) {
  const guarded = async (raw, options) => {
    const bytes =
      raw instanceof Uint8Array ? Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength) : raw;
    if ((bytes[0] === 0x51 || bytes[0] === 0x42) && nestingDepth(bytes, 5) > MAX_NESTING) {
      const instead = replacement(bytes);
      if (instead) return db.execProtocolRawStream(instead, options);
    }
    return db.execProtocolRawStream(raw, options);
  };
  return new Proxy(db, {
    get(target, key) {
      if (key === 'execProtocolRawStream') return guarded;
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
