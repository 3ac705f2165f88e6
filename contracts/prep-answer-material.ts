import { z } from 'zod';

// The answer material of a preparation pack: not only what will be asked, but what to say. A
// "tell me about yourself" outline, STAR stories drawn from episodes of the CV, concepts to
// revise and situational questions with an approach. Facts the candidate must supply are left
// as [placeholders]; nothing is invented.

const sentence = z.string().trim().min(1).max(1000);

export const introOutlineSchema = z
  .object({
    opening: sentence.describe('One sentence: who the candidate is now, from the CV or topic'),
    points: z
      .array(sentence)
      .min(2)
      .max(4)
      .describe('Two to four points to cover, in order: relevant experience, one achievement, why this role'),
    close: sentence.describe('One sentence that hands back to the interviewer, tying the candidate to this role'),
  })
  .describe('An outline for "Tell me about yourself", about one minute spoken');

export const starStorySchema = z.object({
  title: sentence.describe('A short name for the story'),
  cvEpisode: z
    .string()
    .trim()
    .max(300)
    .describe('The CV episode it draws on, closely paraphrased (role, project, dates left out); empty without a CV'),
  situation: sentence,
  task: sentence,
  action: sentence.describe('What the candidate did themselves, in the first person'),
  result: sentence.describe('The outcome, with [placeholders] for figures the CV does not give'),
  fitsQuestions: z
    .array(z.string().trim().min(1).max(300))
    .max(3)
    .describe('Which likely questions this story answers'),
});

export const conceptSchema = z.object({
  concept: z.string().trim().min(1).max(200).describe('A concept, method or tool to revise'),
  why: sentence.describe('Why it is likely to come up for this job and level'),
});

export const situationalSchema = z.object({
  question: sentence.describe('A "What would you do if…" question for this role'),
  approach: sentence.describe('How to structure a good answer: the steps and trade-offs to mention'),
});

/** Added to the pack the model writes (prep-schema.ts). */
export const answerMaterialShape = {
  introOutline: introOutlineSchema,
  stories: z
    .array(starStorySchema)
    .max(4)
    .describe('Two to four STAR stories, each linked to a CV episode; none when there is no CV'),
  concepts: z.array(conceptSchema).min(3).max(6),
  situational: z.array(situationalSchema).min(2).max(4),
};

/** As the browser keeps it: optional, so a pack from before answer material still opens. */
export const keptAnswerMaterialShape = {
  introOutline: z.object({ opening: z.string(), points: z.array(z.string()), close: z.string() }).optional(),
  stories: z
    .array(
      z.object({
        title: z.string(),
        cvEpisode: z.string(),
        situation: z.string(),
        task: z.string(),
        action: z.string(),
        result: z.string(),
        fitsQuestions: z.array(z.string()),
      }),
    )
    .optional(),
  concepts: z.array(z.object({ concept: z.string(), why: z.string() })).optional(),
  situational: z.array(z.object({ question: z.string(), approach: z.string() })).optional(),
};

export type StarStory = z.infer<typeof starStorySchema>;
