import type { Component } from 'solid-js';
import './spinner.css';

/** A turning ring before a progress sentence; hidden from screen readers, which hear the sentence. */
export const Spinner: Component = () => <span class="spinner" aria-hidden="true" />;
