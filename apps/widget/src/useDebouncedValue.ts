import { useCallback, useEffect, useState } from 'react';

/**
 * `value`, once it has stopped changing for `delay` ms (typing in the search field), and a
 * `flush` that takes it at once (pressing Enter).
 */
export function useDebouncedValue<T>(value: T, delay: number): [debounced: T, flush: () => void] {
  const [debounced, setDebounced] = useState(value);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);

  const flush = useCallback(() => setDebounced(value), [value]);
  return [debounced, flush];
}
