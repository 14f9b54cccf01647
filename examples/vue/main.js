// The three form elements in a Vue 3 page, as a portal built with Vue would use them: imported from the packages
// (a bundler resolves them; `npm start` serves this page at /examples/vue/), data passed as properties (`.prop`),
// the verdict taken from the `hj-verdict` event, the values read from the host form's FormData on submit.
import { examplePay2021 } from '@huanjie/core';
import '@huanjie/elements/define/candidate-check.js';
import '@huanjie/elements/define/election-tally.js';
import '@huanjie/elements/define/pay-calculator.js';
// `vue` is Vue's build with the template compiler here (an alias in examples/vite.config.js), for the template below;
// a project with .vue files needs no alias.
import { createApp, ref } from 'vue';

const app = createApp({
  setup() {
    const verdict = ref(/** @type {import('@huanjie/core').EligibilityVerdict | null} */ (null));
    const submitted = ref(/** @type {string[]} */ ([]));
    return {
      policy: examplePay2021,
      verdict,
      submitted,
      onVerdict: (/** @type {CustomEvent<import('@huanjie/elements').VerdictDetail>} */ event) => {
        verdict.value = event.detail.verdict;
      },
      onSubmit: (/** @type {SubmitEvent} */ event) => {
        submitted.value = [...new FormData(/** @type {HTMLFormElement} */ (event.target)).keys()];
      },
    };
  },
  template: `
    <h1>Vue 3 中的换届表单组件</h1>
    <form @submit.prevent="onSubmit">
      <h2>候选人资格审查</h2>
      <hj-candidate-check name="candidate" as-of="2021-10-28" required @hj-verdict="onVerdict"></hj-candidate-check>
      <p id="verdict" v-if="verdict">审查结论：{{ verdict.eligible ? '符合资格' : '不符合资格' }}</p>

      <h2>村干部报酬</h2>
      <hj-pay-calculator name="pay" term-from="2021-11-01" as-of="2022-06-15" :policy.prop="policy"></hj-pay-calculator>

      <h2>村民委员会选举计票</h2>
      <hj-election-tally name="tally" kind="villagers-committee"></hj-election-tally>

      <p><button type="submit">提交</button></p>
    </form>
    <output id="submitted">{{ submitted.length ? '已提交：' + submitted.join('、') : '' }}</output>
  `,
});
// Tags starting with hj- are custom elements, not Vue components.
app.config.compilerOptions.isCustomElement = (/** @type {string} */ tag) => tag.startsWith('hj-');
app.mount('#app');
