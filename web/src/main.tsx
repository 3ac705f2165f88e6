import { render } from 'solid-js/web';
import { App } from './app/App';
import './app/global.css';

// The only place that chooses concrete services; features receive them through context.
const root = document.getElementById('root');
if (!root) throw new Error('Mockingbird: #root element missing from index.html');
render(() => <App />, root);
