// Mounts a component with the dashboard's own i18n (English), as the app does.
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import type { Component } from 'vue';
import { createDashboardI18n } from '../i18n';

export function mountWithI18n<C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) {
  return mount(component, {
    ...options,
    global: { ...options.global, plugins: [createDashboardI18n('en'), ...(options.global?.plugins ?? [])] },
  } as ComponentMountingOptions<C>);
}
