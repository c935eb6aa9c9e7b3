// PGlite runs Postgres in WebAssembly, where Postgres's stack-depth check does not
// protect the real stack: JSON nested about 10,000 deep (a 20 KB request) returns
// no rows instead of an error, and the next statement spins forever, so the whole
// local API stops answering. Real PostgreSQL refuses the same input with an error.
// This guard sits between the socket server and PGlite and keeps any message
// nested deeper than MAX_NESTING away from it: a query becomes one that raises
// 54001 (statement too complex), a bind names a statement that does not exist, so
// the protocol stays in step and the next statement is answered as usual.

export const MAX_NESTING = 256;

/**
 * The deepest run of [ and { in `bytes`, outside double-quoted strings, or
 * whatever quotes surround them when `quotes` is false.
 */
export function nestingDepth(bytes, from = 0, to = bytes.length, quotes = true) {
  let depth = 0;
  let deepest = 0;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (quoted) {
      if (b === 0x5c) i++;
      else if (b === 0x22) quoted = false;
    } else if (b === 0x22 && quotes) quoted = true;
    else if (b === 0x5b || b === 0x7b) deepest = Math.max(deepest, ++depth);
    else if ((b === 0x5d || b === 0x7d) && depth > 0) depth--;
  }
  return deepest;
}

/**
 * The deepest parameter of a Bind message ('B', length, portal, statement, format
 * codes, then each parameter as a length and its bytes), each measured on its own
 * bytes only: a length prefix or another parameter can hold any byte, a quote
 * among them, which would flip the quote state of a scan across the whole message.
 * A message that does not parse is measured whole, ignoring quotes, so it can only
 * be refused more readily.
 */
export function bindDepth(bytes) {
  const end = Math.min(bytes.length, 1 + bytes.readInt32BE(1));
  let at = 5;
  const cstring = () => {
    const zero = bytes.indexOf(0, at);
    if (zero < 0 || zero >= end) throw new RangeError('unterminated name');
    at = zero + 1;
  };
  const int16 = () => {
    if (at + 2 > end) throw new RangeError('short message');
    const value = bytes.readInt16BE(at);
    at += 2;
    return value;
  };
  try {
    cstring();
    cstring();
    const formats = int16();
    at += 2 * formats;
    const params = int16();
    let deepest = 0;
    for (let p = 0; p < params; p++) {
      if (at + 4 > end) throw new RangeError('short message');
      const length = bytes.readInt32BE(at);
      at += 4;
      if (length < 0) continue; // NULL
      if (at + length > end) throw new RangeError('parameter past the end');
      deepest = Math.max(deepest, nestingDepth(bytes, at, at + length));
      at += length;
    }
    return deepest;
  } catch {
    return nestingDepth(bytes, 5, end, false);
  }
}

/** How deep a message PGlite would be asked to parse nests: a query's text, a bind's parameters. */
export function messageDepth(bytes) {
  if (bytes.length < 5) return 0;
  if (bytes[0] === 0x42 /* B */) return bindDepth(bytes);
  // A simple query is SQL text: quotes there are SQL's, so brackets count whatever
  // quotes surround them.
  if (bytes[0] === 0x51 /* Q */) return nestingDepth(bytes, 5, bytes.length, false);
  return 0;
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
    if (messageDepth(bytes) > MAX_NESTING) {
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
