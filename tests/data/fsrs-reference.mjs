// SPDX-License-Identifier: MIT
// Writes fsrs-reference.json: the memory state and interval after each review of a few sequences, as the
// reference FSRS-6 implementation (the npm package ts-fsrs) schedules them with CalfAtlas's settings.
// Run once, outside the repository, in a folder where `npm install ts-fsrs@5.4.2` was done:
//   node fsrs-reference.mjs > fsrs-reference.json
import { createEmptyCard, default_w, forgetting_curve, fsrs, FSRSVersion, Rating } from 'ts-fsrs';

const weights = [
  0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
  1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];
if (weights.some((w, i) => w !== default_w[i])) throw new Error('the weights are not the package defaults');

const scheduler = fsrs({
  w: weights,
  request_retention: 0.9,
  maximum_interval: 36500,
  enable_fuzz: false,
  enable_short_term: false,
});

const ratings = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const dayMs = 24 * 60 * 60 * 1000;

// Each review is RATING:DAYS, DAYS being the whole days since the previous review (0 for the first).
const sequences = {
  'good on time': ['good:0', 'good:3', 'good:8', 'good:21', 'good:50'],
  'again from the start': ['again:0', 'again:1', 'again:1', 'good:1', 'good:2'],
  'hard on time': ['hard:0', 'hard:2', 'hard:4', 'hard:6', 'hard:9'],
  'easy on time': ['easy:0', 'easy:8', 'easy:30', 'easy:110'],
  'early and same-day reviews': ['good:0', 'good:1', 'good:1', 'good:0', 'hard:0', 'easy:1'],
  'late reviews and a late lapse': ['good:0', 'good:30', 'good:200', 'again:400', 'good:5'],
  'a lapse on time, then relearning': ['good:0', 'good:3', 'again:8', 'again:1', 'good:1', 'good:3', 'easy:10'],
  'a same-day lapse after easy': ['easy:0', 'again:0', 'hard:1', 'good:2', 'easy:5'],
  'every rating in turn': ['hard:0', 'good:2', 'easy:10', 'again:60', 'hard:2', 'good:3'],
  'a long run of good': ['good:0', 'good:3', 'good:11', 'good:35', 'good:100', 'good:280', 'good:750', 'good:2000'],
  'a lapse after a very long gap': ['again:0', 'easy:1', 'again:1000', 'easy:0', 'easy:2'],
  'easy up to the maximum interval': ['easy:0', 'easy:8', 'easy:60', 'easy:400', 'easy:2500', 'easy:15000', 'easy:36500'],
  'hard then easy early': ['hard:0', 'easy:0', 'easy:1', 'hard:3', 'again:2'],
};

const result = [];
for (const [name, reviews] of Object.entries(sequences)) {
  let card = createEmptyCard(new Date(Date.UTC(2026, 0, 1, 12)));
  let now = card.due;
  const steps = [];
  for (const review of reviews) {
    const [rating, days] = review.split(':');
    now = new Date(now.getTime() + Number(days) * dayMs);
    const { card: next, log } = scheduler.next(card, now, ratings[rating]);
    if (log.elapsed_days !== Number(days)) throw new Error(`${name}: elapsed ${log.elapsed_days} for ${review}`);
    steps.push({
      rating,
      elapsed_days: Number(days),
      stability: next.stability,
      difficulty: next.difficulty,
      interval_days: next.scheduled_days,
    });
    card = next;
  }
  result.push({ name, reviews: steps });
}

// The forgetting curve on its own: retrievability after t days at stability s.
const retrievability = [];
for (const [t, s] of [[0, 1], [1, 1], [3, 2.3065], [10, 2.3065], [100, 10], [365, 1000], [36500, 0.1]]) {
  retrievability.push({ elapsed_days: t, stability: s, retrievability: forgetting_curve(weights, t, s) });
}

const document = {
  provenance: `ts-fsrs from npm, ${FSRSVersion}; written by tests/data/fsrs-reference.mjs`,
  parameters: {
    w: weights,
    request_retention: 0.9,
    maximum_interval: 36500,
    enable_fuzz: false,
    enable_short_term: false,
  },
  sequences: result,
  retrievability,
};
process.stdout.write(JSON.stringify(document, null, 1) + '\n');
