import { type ComponentType, createElement, lazy, useState } from 'react';

export type LazyView<P extends object> = {
  /** The view: rendered at once when its code is already here, else through Suspense. */
  View: ComponentType<P>;
  /** Starts loading its code now, e.g. while sign-in is still under way. */
  preload(): Promise<unknown>;
};

/**
 * A view whose code loads on demand, like React.lazy, but which does not suspend once its code has
 * arrived. React.lazy suspends on its first render even then, and React holds back revealing
 * content that resolves right after a fallback was shown (about 300 ms), so a view preloaded during
 * sign-in would still appear that much later.
 */
export function lazyView<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () => {
    loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // A failed download (the network dropped) is tried again by the next render.
        loading = null;
        throw error;
      },
    );
    return loading;
  };
  const Suspending = lazy(preload);
  function View(props: P) {
    // Chosen once per mount: switching component types later would remount the view.
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Suspending);
    return createElement(Component, props);
  }
  return { View, preload };
}
