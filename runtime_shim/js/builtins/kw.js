// Keyword arguments travelling as the trailing argument of a call (see call.js).
export class KW {
  constructor(o) {
    this.o = o; // null-prototype object: keyword -> value
  }
}
