import { inDomain } from "./types";

/** General-purpose libraries that fit no other domain. */
export const OTHER_RULES = inDomain("other", [
  { title: "Lodash", dependencies: { npm: ["lodash", "lodash-es"] } },
  { title: "Axios", dependencies: { npm: ["axios"] } },
  { title: "date-fns", dependencies: { npm: ["date-fns"] } },
  { title: "Moment.js", dependencies: { npm: ["moment"] } },
  { title: "Day.js", dependencies: { npm: ["dayjs"] } },
  { title: "Requests", dependencies: { pypi: ["requests"] } },
  { title: "HTTPX", dependencies: { pypi: ["httpx"] } },
  { title: "Socket.IO", dependencies: { npm: ["socket.io", "socket.io-client"], pypi: ["python-socketio"] } },
  { title: "Sidekiq", dependencies: { rubygems: ["sidekiq"] } },
  { title: "BullMQ", dependencies: { npm: ["bullmq", "bull"] } },
  { title: "i18next", dependencies: { npm: ["i18next", "react-i18next"] } },
  { title: "Guava", dependencies: { maven: ["com.google.guava:guava"] } },
  { title: "Jackson", dependencies: { maven: ["com.fasterxml.jackson.core:*"] } },
  { title: "Lombok", dependencies: { maven: ["org.projectlombok:lombok"] } },
  { title: "Newtonsoft.Json", dependencies: { nuget: ["Newtonsoft.Json"] } },
]);
