// For tests: the HuanjieError a call throws (and a failure when it throws nothing, or something else).
import { HuanjieError } from '@huanjie/core';

export function thrown(f: () => unknown): HuanjieError {
  try {
    f();
  } catch (e) {
    if (e instanceof HuanjieError) return e;
    throw e;
  }
  throw new Error('expected a HuanjieError');
}
