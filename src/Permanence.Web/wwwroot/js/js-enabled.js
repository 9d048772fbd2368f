// Marks the page as having JavaScript before it renders, as GOV.UK Frontend expects.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
