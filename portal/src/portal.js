// On every page: GOV.UK Frontend's components (error summary focus, header menu, character counts...), enhanced only
// when scripts run, so every page works without them.
import { initAll } from 'govuk-frontend';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
