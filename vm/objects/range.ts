// range (CPython's rangeobject.c), with number bounds (bigint ranges are not supported).

import { PyObj, rangeType } from './type';

export class PyRange extends PyObj {
  readonly length: number;
  constructor(readonly start: number, readonly stop: number, readonly step: number) {
    super();
    let n = 0;
    if (step > 0 && start < stop) n = Math.floor((stop - start - 1) / step) + 1;
    else if (step < 0 && start > stop) n = Math.floor((start - stop - 1) / -step) + 1;
    this.length = n;
  }
  item(i: number): number {
    return this.start + i * this.step;
  }
}
PyRange.prototype.cls = rangeType;
