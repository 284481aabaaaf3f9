import { useEffect, useState } from 'react';

const coarse = () => matchMedia('(pointer: coarse)');

/**
 * How the reader points: `touch` on a screen whose main pointer is a finger, `mouse` otherwise (a
 * mouse, a trackpad, a pen); follows a change (a tablet docked to a keyboard and mouse).
 */
export function usePointerKind(): 'touch' | 'mouse' {
  const [kind, setKind] = useState<'touch' | 'mouse'>(() => (coarse().matches ? 'touch' : 'mouse'));
  useEffect(() => {
    const query = coarse();
    const changed = () => setKind(query.matches ? 'touch' : 'mouse');
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return kind;
}
