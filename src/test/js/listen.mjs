// A Socket.IO client for the Java tests, using the real npm socket.io-client.
//
//   node listen.mjs <url> [options-json]
//
// <url> names the namespace (http://localhost:PORT/messages); options-json is passed to io() as is
// ({"auth": {"token": "..."}}, {"query": {"token": "..."}}, {"extraHeaders": {...}}, {"transports": [...]}).
// Reconnection is off: a refused connection stays refused.
//
// Every line it prints on stdout is one JSON object:
//   {"kind":"connect"}                        the namespace accepted the socket
//   {"kind":"connect_error","message":"..."}  it refused it
//   {"kind":"disconnect","reason":"..."}
//   {"kind":"event","event":"new-message","data":{...}}
//   {"kind":"ack","id":1,"data":{...}}        the answer to an emit sent with an "id"
//
// Each line read on stdin is a command: {"emit":"join-conversation","data":{...},"id":1}; with an
// "id" the emit asks for an acknowledgement and its answer is printed as an "ack" line. The client
// closes when stdin ends.
import { io } from "socket.io-client";
import { createInterface } from "node:readline";

const [url, optionsJson] = process.argv.slice(2);
const options = { reconnection: false, ...(optionsJson ? JSON.parse(optionsJson) : {}) };
const print = (line) => process.stdout.write(JSON.stringify(line) + "\n");

const socket = io(url, options);
socket.on("connect", () => print({ kind: "connect" }));
socket.on("connect_error", (error) => print({ kind: "connect_error", message: error.message }));
socket.on("disconnect", (reason) => print({ kind: "disconnect", reason }));
socket.onAny((event, data) => print({ kind: "event", event, data }));

const commands = createInterface({ input: process.stdin });
commands.on("line", (line) => {
  if (!line.trim()) {
    return;
  }
  const command = JSON.parse(line);
  if (command.id === undefined) {
    socket.emit(command.emit, command.data);
  } else {
    socket.timeout(10000).emit(command.emit, command.data, (error, answer) =>
      print({ kind: "ack", id: command.id, data: error ? { timeout: true } : answer }));
  }
});
commands.on("close", () => {
  socket.close();
  process.exit(0);
});
