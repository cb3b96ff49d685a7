'use client';

import { Toaster as Sonner } from 'sonner';

/** Toasts for a portal: bottom-centre on phones, direction and landmark label in the page's language. */
export function Toaster({ dir = 'ltr', label = 'Notifications' }: { dir?: 'ltr' | 'rtl'; label?: string }) {
  return <Sonner dir={dir} position="top-center" richColors closeButton customAriaLabel={label} duration={6000} />;
}

export { toast } from 'sonner';
