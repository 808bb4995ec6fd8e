// Hand-written twin of bench/projects/hello (reference for bundle size and eval time).
export default {
  async fetch() {
    return new Response("Hello World!");
  },
};
