// The package's index pulls in every store it supports (Redis, Mongo, Postgres, …: ~70 KB in
// the Lambda bundle); the API imports the in-memory limiter's own files, typed by the package.
declare module 'rate-limiter-flexible/lib/RateLimiterMemory.js' {
  import { RateLimiterMemory } from 'rate-limiter-flexible';
  export default RateLimiterMemory;
}
declare module 'rate-limiter-flexible/lib/RateLimiterRes.js' {
  import { RateLimiterRes } from 'rate-limiter-flexible';
  export default RateLimiterRes;
}
