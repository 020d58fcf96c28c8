// Starts GOV.UK Frontend's components (error summary focus, radios, details, header menu).
import { initAll } from '/govuk/govuk-frontend.min.js';
initAll();
