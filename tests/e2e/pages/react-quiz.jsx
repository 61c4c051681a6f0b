// A React 19 app using the quiz as the README's "React 19 and Vue 3" shows: the element entry
// imported by the package name, `persist` and an `onml-quiz-complete` prop on the tag. What the
// handler receives is rendered by React; the button re-renders the app (a new handler each time).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'ml-career-widgets/ml-skill-quiz.js';

function App() {
  const [renders, setRenders] = useState(0);
  const [topJobs, setTopJobs] = useState([]);
  const record = (topJob) => setTopJobs((jobs) => [...jobs, topJob]);
  return (
    <main>
      <h1>Which role fits you?</h1>
      <button type="button" id="rerender" onClick={() => setRenders(renders + 1)}>
        Re-render
      </button>
      <p id="renders">Re-rendered {renders} times</p>
      <ml-skill-quiz persist="blog" onml-quiz-complete={(e) => record(e.detail.topJob)} />
      {topJobs.length > 0 && <p id="top-job">Your top job: {topJobs.join(', ')}</p>}
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
