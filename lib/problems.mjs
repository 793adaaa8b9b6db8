// What a test saw go wrong in its pages: page errors, console errors and unhandled rejections.
// The end-to-end driver fails a test on any of them unless the test said it expects it.
import assert from 'node:assert/strict';

/** One test's record: what its pages reported, and what it said it expects. */
export class Problems {
  constructor() {
    this.seen = [];
    this.expected = [];
    this.allowed = [];
  }

  /** The test expects these problems (each a RegExp); each must then be seen at least once. */
  expect(...patterns) {
    this.expected.push(...patterns);
  }

  /** These problems may be seen or not (each a RegExp): for what depends on timing, with the
   * reason at the call. */
  allow(...patterns) {
    this.allowed.push(...patterns);
  }

  /** Fails unless every problem seen was expected and every expected one was seen. */
  check() {
    const known = [...this.expected, ...this.allowed];
    const unexpected = this.seen.filter((problem) => !known.some((pattern) => pattern.test(problem)));
    const missing = this.expected.filter((pattern) => !this.seen.some((problem) => pattern.test(problem))).map(String);
    assert.deepEqual(unexpected, [], 'no page error, console error or unhandled rejection');
    assert.deepEqual(missing, [], 'every problem the test expects was seen');
  }
}
