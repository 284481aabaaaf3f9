import { createContext, type ReactNode, useContext } from 'react';

/** The heading level of the figure section around a view: 2 on the page, 1 when embedded alone. */
export const SectionLevel = createContext<1 | 2>(2);

/** A heading one level below its figure's heading, so the outline stays in order on the page and embedded. */
export function SubHeading(props: {
  id?: string;
  className?: string;
  exported?: boolean;
  children: ReactNode;
}) {
  const Heading = useContext(SectionLevel) === 1 ? 'h2' : 'h3';
  return (
    <Heading id={props.id} className={props.className} data-export-text={props.exported ? '' : undefined}>
      {props.children}
    </Heading>
  );
}
