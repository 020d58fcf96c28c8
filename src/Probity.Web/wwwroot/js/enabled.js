// GOV.UK Frontend's progressive enhancement: styles for JavaScript-enabled browsers that support ES modules.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
