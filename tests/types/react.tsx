// The README's "React 19 and Vue 3" TSX declaration, verbatim, then a component using it: the
// tag's props and its event's detail are typed, and a wrong detail field is an error.
import type { MlSkillQuiz, QuizCompleteDetail } from 'ml-career-widgets/ml-skill-quiz.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'ml-skill-quiz': React.HTMLAttributes<MlSkillQuiz> & {
        persist?: string;
        'onml-quiz-complete'?: (event: CustomEvent<QuizCompleteDetail>) => void;
      };
    }
  }
}

// The README's JSX example, with the handler's detail read as the declared type.
import 'ml-career-widgets/ml-skill-quiz.js';
export const Quiz = () => (
  <ml-skill-quiz
    persist="blog"
    onml-quiz-complete={(e) => {
      const top: string = e.detail.topJob;
      const first: number = e.detail.scores[0].score;
      console.log(top, first);
    }}
  />
);

// @ts-expect-error the detail has no such field
export const Wrong = () => <ml-skill-quiz onml-quiz-complete={(e) => e.detail.winner} />;
// @ts-expect-error persist is a string
export const NotAString = () => <ml-skill-quiz persist={42} />;
