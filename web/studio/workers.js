// Work off the page's main thread, in Web Workers, so that typing never waits for the engine: the
// authoring engine (engine-worker.js: verify, table, graph, diff, migrate) and Graphviz
// (layout-worker.js). A worker does one request at a time. Requests go in lanes, and a lane holds
// one request: a newer one supersedes it. A superseded request still waiting is dropped; one
// already running is stopped by ending its worker, and the next request starts a fresh one (the
// module comes from the browser's cache). Either way its promise rejects with Superseded.

export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'Superseded';
  }
}

// An error from the worker, as the engine made it: name, message, path (a JSON pointer), detail.
function revive(error) {
  const revived = new Error(error.message);
  revived.name = error.name || 'Error';
  if (error.path !== undefined) revived.path = error.path;
  if (error.detail !== undefined) revived.detail = error.detail;
  return revived;
}

// url: the worker's script. onBusy(label): the label of the request running now, or null once the
// worker is idle.
export function workerChannel(url, onBusy = () => {}) {
  let worker = null;
  let running = null;  // {id, lane, label, resolve, reject}
  const waiting = [];  // the same, in order
  let nextId = 1;

  function start() {
    worker = new Worker(url);
    worker.onmessage = ({data}) => {
      if (!running || data.id !== running.id) return;
      const done = running;
      running = null;
      if (data.error) done.reject(revive(data.error));
      else done.resolve(data.result);
      pump();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const failed = running;
      stop();
      if (failed) failed.reject(new Error(event.message || 'the worker failed'));
      pump();
    };
  }

  function stop() {
    if (worker) worker.terminate();
    worker = null;
    running = null;
  }

  function pump() {
    if (running || !waiting.length) {
      if (!running) onBusy(null);
      return;
    }
    running = waiting.shift();
    if (!worker) start();
    onBusy(running.label);
    worker.postMessage({id: running.id, method: running.method, args: running.args});
  }

  // Drops the lane's request, waiting or running.
  function cancel(lane) {
    const index = waiting.findIndex((r) => r.lane === lane);
    if (index >= 0) waiting.splice(index, 1)[0].reject(new Superseded());
    if (running && running.lane === lane) {
      const stopped = running;
      stop();
      stopped.reject(new Superseded());
    }
    pump();
  }

  return {
    // Resolves with the method's result in the worker, or rejects with its error or Superseded.
    call(lane, method, args, label = method) {
      cancel(lane);
      return new Promise((resolve, reject) => {
        waiting.push({id: nextId++, lane, method, args, label, resolve, reject});
        pump();
      });
    },
    cancel,
    busy: () => running !== null,
  };
}
