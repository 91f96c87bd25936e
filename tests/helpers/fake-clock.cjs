// Loaded with `node --require` into a served app (startServe's env: NODE_OPTIONS), so a test can live a day
// that is not today: the host's clock starts at THUKY_FAKE_NOW (an ISO time) and runs on from there at the
// normal pace. Only `Date` moves; the app's code is the real one.
const start = Date.parse(process.env.THUKY_FAKE_NOW || '');
if (!Number.isNaN(start)) {
  const RealDate = Date;
  const offset = start - RealDate.now();
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = ShiftedDate;
}
