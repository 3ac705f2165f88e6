// The candidate's turn as the client marks it when the server's voice detection is off
// (automaticActivityDetection.disabled). Rules this file keeps:
// - activityStart and activityEnd alternate: a second start or an end without a start is not sent.
// - Text goes into the open turn when there is one; otherwise it gets a turn of its own
//   (activityStart, text, activityEnd). The SDK's AutomaticActivityDetection docs say only
//   that with detection enabled "detected voice and text input count as activity"; with it
//   disabled, text outside a turn may never be answered, so the client never relies on it.
// - audioStreamEnd is for automatic detection only (LiveClientRealtimeInput docs: "should only
//   be sent when automatic activity detection is enabled"); with manual activity it is not sent.
// - A turn open when the connection is replaced is opened again on the new one, before any
//   audio, so the rest of the answer lands in a turn and its end is heard. What the old
//   connection heard of it is lost with that connection.

import type { LiveConnection } from './types';

export interface ActivityTurn {
  readonly manual: boolean;
  /** Whether the candidate's turn is open. */
  open(): boolean;
  /** Opens the turn; sends activityStart on `conn` when one is open. False when it was open already. */
  start(conn: LiveConnection | undefined): boolean;
  /** Closes the turn; sends activityEnd on `conn`. False when no turn was open. */
  end(conn: LiveConnection | undefined): boolean;
  /** A new connection took over: an open turn is opened on it too. */
  carryOver(conn: LiveConnection): void;
  text(conn: LiveConnection, text: string): void;
  audioStreamEnd(conn: LiveConnection | undefined): void;
}

export function createActivityTurn(manual: boolean): ActivityTurn {
  let isOpen = false;
  return {
    manual,
    open: () => isOpen,
    start(conn) {
      if (!manual || isOpen) return false;
      isOpen = true;
      conn?.sendActivityStart();
      return true;
    },
    end(conn) {
      if (!manual || !isOpen) return false;
      isOpen = false;
      conn?.sendActivityEnd();
      return true;
    },
    carryOver(conn) {
      if (isOpen) conn.sendActivityStart();
    },
    text(conn, text) {
      const ownTurn = manual && !isOpen;
      if (ownTurn) conn.sendActivityStart();
      conn.sendText(text);
      if (ownTurn) conn.sendActivityEnd();
    },
    audioStreamEnd(conn) {
      if (!manual) conn?.sendAudioStreamEnd();
    },
  };
}
