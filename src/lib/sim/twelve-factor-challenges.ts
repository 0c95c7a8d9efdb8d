/**
 * Challenges of the twelve-factor lab: bring one factor to "strong" by choosing, for each of its
 * questions, the practice that 12factor.net asks for. The check uses this core's scoring.
 */
import type { Challenge, LabChallenges } from '../challenges';
import { decode, encode, scoreFactors, type Answer } from './twelve-factor';

export interface TfSettings {
  answers: Answer[];
}

function factorChallenge(id: string, factor: string): Challenge<TfSettings> {
  return {
    id,
    start: '',
    inputs: ['tf'],
    check: ({ answers }) => {
      const score = scoreFactors(answers).find((f) => f.factor.id === factor);
      const params = { score: score?.score ?? 0, answered: score?.answered ?? 0 };
      if (!score || score.answered < 2) return { met: false, key: 'unanswered', params };
      return score.level === 'strong' ? { met: true, key: 'met', params } : { met: false, key: 'weak', params };
    },
  };
}

export const tfChallenges: LabChallenges<TfSettings> = {
  lab: 'twelve-factor-check',
  prefix: 'tf',
  parse: (query) => ({ answers: decode(new URLSearchParams(query).get('tf')) }),
  canonical: ({ answers }) => {
    const text = encode(answers);
    return text ? `tf=${text}` : '';
  },
  challenges: [factorChallenge('tf-config', 'config'), factorChallenge('tf-processes', 'processes'), factorChallenge('tf-logs', 'logs')],
};
