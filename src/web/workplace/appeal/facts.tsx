import { Fragment, type ReactNode } from 'react';
import { Box, Text } from '@mantine/core';

/** «Поле — значение» pairs of a card as a description list; empty values read «не указано». */
export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Box component="dl" m={0} style={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, 16rem) 1fr', gap: '0.4rem 1rem' }}>
      {items.map(([label, value]) => (
        <Fragment key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Box component="dd" m={0} style={{ fontSize: 'var(--mantine-font-size-sm)', overflowWrap: 'anywhere' }}>
            {value === null || value === undefined || value === '' ? <Text span size="sm" c="dimmed">не указано</Text> : value}
          </Box>
        </Fragment>
      ))}
    </Box>
  );
}

/** A titled section of the case page: the same frame as the card form's sections. */
export { FormSection as CaseSection } from '../registration/form-section';
