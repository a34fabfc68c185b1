// The rule editor's checks made in the browser before the server's: what is missing or out of range
// is said at once, under its field, in the same problem+json shape the server answers (for showErrors).
// The server checks everything again; what only it knows (other rules, RE2's own syntax, hours) it says.
import { t } from '../i18n.js';

/** The number fields and their ranges, as the server's RuleValidator has them. */
const RANGES = {
  priority: [0, 100],
  delaySeconds: [0, 60],
  cooldownMinutes: [0, 7 * 24 * 60],
  maxTriggersPerDay: [1, 1000],
  welcomeAfterDays: [1, 365],
};
const MAX_KEYWORDS = 50;

/**
 * Why JavaScript cannot read a pattern, or null. RE2 (the server's syntax) writes some things
 * JavaScript does not — flags at the start, "(?i)", and named groups "(?P<name>…)" — so those are
 * translated first; what JavaScript reads but RE2 refuses (look-arounds, back-references) is left to the server.
 */
export function regexProblem(pattern) {
  const inJavaScript = pattern.replace(/^\(\?[imsU]+\)/, '').replaceAll('(?P<', '(?<');
  try {
    new RegExp(inJavaScript);
    return null;
  } catch (error) {
    return t('check.regex', { reason: error.message.replace(/^Invalid regular expression: \/.*\/\w*: /, '') });
  }
}

function numberProblem(name, value, input) {
  if (input?.validity?.badInput) return t('check.number');
  if (value == null) return null;
  const [min, max] = RANGES[name];
  return Number.isInteger(value) && value >= min && value <= max ? null : t('check.range', { min, max });
}

/**
 * @param rule the body about to be sent
 * @param form the editor, for what the body cannot carry (a number input holding letters)
 * @return a problem listing every field found wrong, or null
 */
export function ruleProblems(rule, form) {
  const errors = [];
  const add = (field, message) => errors.push({ field, message });
  if (!rule.name) add('name', t('check.required'));
  if (rule.triggerType === 'keyword') {
    if (!rule.keywords.length) add('keywords', t('check.keywords'));
    else if (rule.keywords.length > MAX_KEYWORDS) add('keywords', t('check.tooManyKeywords', { n: MAX_KEYWORDS }));
    else if (rule.matchType === 'regex') {
      rule.keywords.forEach((keyword, index) => {
        const problem = regexProblem(keyword);
        if (problem) add('keywords', `${t('rule.keywordNumber', { n: index + 1 })}: ${problem}`);
      });
    }
  }
  if (rule.triggerType === 'pattern') {
    if (!rule.regexPattern?.trim()) add('regexPattern', t('check.required'));
    else {
      const problem = regexProblem(rule.regexPattern);
      if (problem) add('regexPattern', problem);
    }
  }
  if (['text', 'menu'].includes(rule.responseType) && !rule.responseMessage?.trim()) add('responseMessage', t('check.required'));
  for (const name of Object.keys(RANGES)) {
    if (name === 'welcomeAfterDays' && rule.triggerType !== 'welcome') continue; // hidden, and not sent
    const problem = numberProblem(name, rule[name], form.elements.namedItem(name));
    if (problem) add(name, problem);
  }
  return errors.length ? { detail: errors[0].message, errors } : null;
}
