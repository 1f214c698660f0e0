/**
 * clock: time for the machinery. Components take a `Clock` (default `realClock`); tests pass a
 * `FakeClock` and advance it, so no test waits for real time to pass.
 */
export { type Clock, type Timer, RealClock, FakeClock, realClock } from './clock.js';
