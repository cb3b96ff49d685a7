/**
 * Component specs in a DOM (happy-dom): import from here instead of @testing-library/react. The spec file
 * itself starts with `// @vitest-environment happy-dom`; the other unit specs keep running in Node.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register these itself: React must know updates are
// wrapped in act(), and each test must start from an empty document.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(cleanup);

export { act, fireEvent, render, renderHook, screen, waitFor, within } from '@testing-library/react';
export { userEvent } from '@testing-library/user-event';
