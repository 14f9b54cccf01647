import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { configure } from 'storybook/test';

// The play functions' `waitFor` waits on a condition; its default second is too short on a busy machine (16,000 tiles,
// a roster read, a form checked as typed). The limit only guards against a hang.
configure({ asyncUtilTimeout: 30_000 });

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
  globalTypes: {
    locale: {
      description: '界面语言 / UI language',
      toolbar: {
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '简体中文' },
          { value: 'zh-TW', title: '繁體中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN' },
  // Elements take their language from the nearest `lang`, as they would on a portal page.
  decorators: [(story, { globals }) => html`<div lang=${globals.locale ?? 'zh-CN'}>${story()}</div>`],
};
export default preview;
