// The live tail page (Pages/Topics/Tail.cshtml): follows the topic's server-sent events (/api/topics/{name}/tail)
// and puts each record on top of the table, keeping the newest MaxRows. Record data is only ever set as textContent,
// never parsed as HTML. Plain script, no build step.
"use strict";

(() => {
    const MaxRows = 500;
    const table = document.getElementById("tail");
    const rows = table.tBodies[0];
    const status = document.getElementById("tail-status");

    function showStatus(state, text) {
        status.dataset.state = state;
        status.textContent = text;
    }

    function addCell(row, className) {
        const cell = row.insertCell();
        cell.className = className;
        return cell;
    }

    /** A key or value as the message browser shows it: null, (empty) or the text. */
    function addBytesCell(row, bytes, className) {
        const span = document.createElement("span");
        if (bytes === null) {
            span.className = "null";
            span.textContent = "null";
        } else if (bytes.size === 0) {
            span.className = "null";
            span.textContent = "(empty)";
        } else {
            span.className = "bytes";
            span.textContent = bytes.data;
        }
        addCell(row, className).append(span);
    }

    /** The record's offset, linking to it in the message browser. */
    function addOffsetCell(row, record) {
        const link = document.createElement("a");
        const url = new URL(table.dataset.messages, document.baseURI);
        url.search = new URLSearchParams({ partition: record.partition, from: "Offset", at: record.offset }).toString();
        url.hash = `record-${record.offset}`;
        link.setAttribute("href", url.pathname + url.search + url.hash);
        link.textContent = record.offset;
        addCell(row, "num").append(link);
    }

    function add(record) {
        const row = rows.insertRow(0);
        row.dataset.partition = record.partition;
        row.dataset.offset = record.offset;
        addOffsetCell(row, record);
        addCell(row, "num").textContent = record.partition;
        addCell(row, "nowrap mono").textContent = record.timestampIso ?? record.timestamp;
        addBytesCell(row, record.key, "record-key");
        addBytesCell(row, record.value, "record-value");
        while (rows.rows.length > MaxRows) {
            rows.deleteRow(-1);
        }
    }

    const source = new EventSource(table.dataset.source);
    source.addEventListener("open", () => showStatus("live", "Live: new records appear as they arrive."));
    source.addEventListener("record", event => add(JSON.parse(event.data)));
    source.addEventListener("error", event => {
        if (event.data) {
            // The broker refused a poll (the topic was deleted, say): the stream is over.
            const problem = JSON.parse(event.data);
            source.close();
            showStatus("error", `Stopped: ${problem.errorCode}: ${problem.detail}`);
        } else if (source.readyState === EventSource.CONNECTING) {
            showStatus("connecting", "Connection lost; reconnecting…");
        } else {
            showStatus("error", "The tail could not be opened; reload the page to try again.");
        }
    });
})();
