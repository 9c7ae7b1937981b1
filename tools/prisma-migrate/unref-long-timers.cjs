// The Wasm engine and pg-pool keep long timers that hold the CLI open for 60 s.
const orig = global.setTimeout
global.setTimeout = function (fn, ms, ...args) {
  const t = orig.call(this, fn, ms, ...args)
  if (ms >= 5000 && t && typeof t.unref === 'function') t.unref()
  return t
}
