import { Anchor, Badge, Loader, NavLink, Notification, createTheme, defaultVariantColorsResolver, parseThemeColor, type CSSVariablesResolver, type VariantColorsResolver } from '@mantine/core';

/** 1.4.3: text of light variants (buttons, alerts, badges) at shade 9 — shade 6 on shade 0 is below 4.5:1. */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant === 'light') {
    const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
    if (parsed.isThemeColor) {
      // Yellow, orange and lime stay too light even at shade 9: their text is near-black.
      const text = ['yellow', 'orange', 'lime'].includes(parsed.color) ? 'var(--mantine-color-dark-8)' : `var(--mantine-color-${parsed.color}-9)`;
      // The hover background stays the resting one: a darker hover tint under shade-9 text drops below 4.5:1.
      return { ...resolved, color: text, hoverColor: text, hover: resolved.background };
    }
  }
  return resolved;
};

/**
 * A calm official look. WCAG 2.1 AA: focus rings always visible (2.4.7); text and links at least
 * 4.5:1 against white and gray.0 (1.4.3) — hence the darker primary shade and dimmed colour.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  focusRing: 'always',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "PT Sans", Arial, sans-serif',
  defaultRadius: 'sm',
  variantColorResolver,
  // Users who ask the system for less motion get no animations (ПП № 102: moving content can be stopped).
  respectReducedMotion: true,
  components: {
    // 1.4.1: links inside text are told apart by more than colour.
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // 1.4.3: the light badge (shade 6 on shade 0) is below 4.5:1; outline uses the darker primary shade.
    // 4.1.2: the close button of a notification has a name.
    Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Закрыть уведомление' } }, styles: { description: { color: 'var(--mantine-color-gray-8)' } } }),
    // 4.1.2: a loader with a name is a status the screen reader announces (aria-label needs a role).
    Loader: Loader.extend({ defaultProps: { role: 'status' } }),
    // 1.4.3: the active section is white on the dark primary shade, not shade 6 on shade 0.
    NavLink: NavLink.extend({ defaultProps: { variant: 'filled' } }),
    Badge: Badge.extend({ defaultProps: { variant: 'outline' } }),
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': '#495057', '--mantine-color-anchor': 'var(--mantine-color-blue-8)', '--mantine-color-error': 'var(--mantine-color-red-8)' },
  dark: {},
});
