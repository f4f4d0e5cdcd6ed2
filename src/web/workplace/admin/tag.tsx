import type { ReactNode } from 'react';
import { Badge, type MantineColor } from '@mantine/core';

/**
 * A badge for Russian words in tables: not upper-cased, readable size, and wrapping instead of
 * being cut to «Замес…» in a narrow column; dark text on a tinted background for contrast.
 */
export function Tag({ color = 'blue', children }: { color?: MantineColor; children: ReactNode }) {
  return (
    <Badge
      color={color}
      variant="light"
      // The light variant's own text colour is too pale on yellow and green (WCAG 1.4.3): the hue is in the background.
      c="var(--mantine-color-text)"
      tt="none"
      size="lg"
      fw={500}
      styles={{ root: { overflow: 'visible', height: 'auto', minHeight: 'var(--badge-height)', lineHeight: 1.3, paddingBlock: 2 }, label: { whiteSpace: 'normal', overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}
