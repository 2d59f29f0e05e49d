// Scene computations remembered per model and scene object. The story's scenes are fixed objects, so
// once a scene has been worked out (ahead of time, or on an earlier visit) a step change only looks it up.

/** Wraps a pure function of (model, scene); callers share the result, so they must not change it. */
export function perScene<M extends object, S extends object, R>(fn: (model: M, scene: S) => R): (model: M, scene: S) => R {
  const cache = new WeakMap<M, WeakMap<S, R>>();
  return (model, scene) => {
    let byScene = cache.get(model);
    if (!byScene) cache.set(model, (byScene = new WeakMap()));
    if (byScene.has(scene)) return byScene.get(scene)!;
    const out = fn(model, scene);
    byScene.set(scene, out);
    return out;
  };
}
