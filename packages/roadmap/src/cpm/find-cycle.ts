/** Iterative DFS on the nodes Kahn's algorithm could not order; returns one cycle as node indexes. */
export const findCycle = (
  n: number,
  succ: (v: number) => Iterable<number>,
  remaining: (v: number) => boolean,
): number[] => {
  // Iterative DFS on the nodes Kahn's algorithm could not order; returns one cycle as node indexes.
  const state = new Uint8Array(n);
  const parent = new Int32Array(n).fill(-1);
  for (let s = 0; s < n; s++) {
    if (!remaining(s) || state[s] !== 0) continue;
    const stack: { v: number; it: Iterator<number> }[] = [{ v: s, it: succ(s)[Symbol.iterator]() }];
    state[s] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const next = top.it.next();
      if (next.done) {
        state[top.v] = 2;
        stack.pop();
        continue;
      }
      const w = next.value;
      if (!remaining(w)) continue;
      if (state[w] === 1) {
        const cycle = [w];
        for (let x = top.v; x !== w && x !== -1; x = parent[x] ?? -1) cycle.push(x);
        cycle.push(w);
        return cycle.reverse();
      }
      if (state[w] === 0) {
        state[w] = 1;
        parent[w] = top.v;
        stack.push({ v: w, it: succ(w)[Symbol.iterator]() });
      }
    }
  }
  return [];
};
