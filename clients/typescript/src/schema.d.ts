/**
 * Generated from openapi.json by `npm run client` (openapi-typescript, default options).
 * Do not edit: a test fails when this file and the API disagree.
 */

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (no I/O) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: DynamoDB answers */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/signup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account (a confirmation code is sent by e-mail) */
        post: operations["signUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm an account with the e-mailed code
         * @description 422 `validation_failed` names `body.code` for a wrong or expired code and for an unknown address alike. 429 after repeated wrong codes.
         */
        post: operations["confirmSignUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password */
        post: operations["logIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New access and id tokens for a refresh token */
        post: operations["refreshTokens"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out: the access token is refused from now on; a given refresh token is revoked */
        post: operations["logOut"];
        /** Sign out: the access token is refused from now on; a given refresh token is revoked */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/confirm/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the sign-up confirmation code again (the same answer for every address) */
        post: operations["resendConfirmationCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a password reset: a code is e-mailed (the same answer for every address) */
        post: operations["requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with the e-mailed code; every session is signed out
         * @description 422 `validation_failed` names `body.code` for a wrong or expired code and for an unknown address alike, or `body.newPassword` for a password outside the policy. 429 `too_many_requests` (Retry-After) after repeated wrong codes for the address or from the client.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change your password: other sessions are signed out, this one gets new tokens
         * @description 422 `validation_failed` names `body.currentPassword` when it is wrong, or `body.newPassword`. 429 `too_many_requests` (Retry-After) after repeated wrong passwords.
         */
        put: operations["changeMyPassword"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /**
         * Delete your account (re-confirmed with your password)
         * @description Removes you from every project, deletes your Inbox, and removes you from the user pool; every token of yours is refused from then on. 409 `sole_owner` (with `projects`) while you are the only owner of another project: make someone else owner or delete it first; nothing is changed then. 422 names `body.password` when it is wrong; 429 after repeated wrong passwords.
         */
        delete: operations["deleteMyAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tasks of a project (viewers and up); due-date bounds are inclusive
         * @description With `q`, only the tasks matching its words, ranked by relevance (title matches first) with the same filters, as `GET /v1/search` finds them.
         */
        get: operations["listTasks"];
        put?: never;
        /** Create a task (members and up) */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task of a project */
        get: operations["getProjectTask"];
        put?: never;
        post?: never;
        /** Delete a task with its comments and all its subtasks, at every level (your own as a member, any as an admin; If-Match optional) */
        delete: operations["deleteProjectTask"];
        options?: never;
        head?: never;
        /** Change a task (members and up; If-Match optional) */
        patch: operations["updateProjectTask"];
        trace?: never;
    };
    "/v1/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task by its id alone */
        get: operations["getTask"];
        /** Replace every client-owned field of a task (members and up; If-Match optional) */
        put: operations["replaceTaskById"];
        post?: never;
        /** Delete a task by its id alone, with its comments and all its subtasks (your own as a member, any as an admin; If-Match optional) */
        delete: operations["deleteTaskById"];
        options?: never;
        head?: never;
        /** Change a task by its id alone (members and up; If-Match optional) */
        patch: operations["updateTaskById"];
        trace?: never;
    };
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks of your Inbox project, with the filters and cursors of a project task list */
        get: operations["listPersonalTasks"];
        put?: never;
        /** Create a personal task in your Inbox project (made on first use) */
        post: operations["createPersonalTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/subtasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The direct subtasks of a task, oldest first */
        get: operations["listSubtasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/tasks/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create, change and delete up to 100 tasks of a project in one request (viewers and up)
         * @description Each operation runs in order, exactly as its single-task route (`POST …/tasks`, `PATCH …/tasks/{taskId}`, `DELETE …/tasks/{taskId}`) would, and commits on its own: the request is not atomic, and one operation failing does not stop the next. Each result carries the status that route would have answered and the task or its problem. With an Idempotency-Key the whole request is answered once: a retry returns the first response, and a retry after a request that stopped half-way does not create anything twice (see docs/tasks.md).
         */
        post: operations["bulkChangeTasks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The task is blocked by another task of its project (members and up); no cycles, at most 10 blockers per task and 10 tasks blocked by one; adding an existing dependency changes nothing */
        post: operations["addTaskDependency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/dependencies/{blockingTaskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** The task no longer waits on that task (members and up) */
        delete: operations["removeTaskDependency"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Comments of a task, oldest first (viewers and up) */
        get: operations["listComments"];
        put?: never;
        /** Comment on a task (members and up) */
        post: operations["createComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/comments/{commentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete your own comment (project admins and up: any) */
        delete: operations["deleteComment"];
        options?: never;
        head?: never;
        /** Edit your own comment */
        patch: operations["updateComment"];
        trace?: never;
    };
    "/v1/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Tasks assigned to me across my projects, by status then due date
         * @description Tasks of projects you no longer belong to are left out, so a page may hold fewer than `limit` items.
         */
        get: operations["listMyTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find tasks by words of their title, description, labels and comments, across your projects
         * @description Ranked: title matches first, then by relevance. Only projects you can read now are searched. Results follow changes within seconds (docs/search.md); at most 1,000 results can be paged through.
         */
        get: operations["searchTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every task in a status across the system, oldest first (Cognito group admin) */
        get: operations["listTasksByStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Projects you are a member of, with your role */
        get: operations["listProjects"];
        put?: never;
        /** Create a project (you become its owner) */
        post: operations["createProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project */
        get: operations["getProject"];
        /**
         * Replace the name and description of a project (admins and owners; If-Match optional)
         * @description Every client-owned field at once: a description left out is removed.
         */
        put: operations["replaceProject"];
        post?: never;
        /**
         * Delete a project with its members, tasks, comments and attachments (owners; If-Match optional)
         * @description Answers 204 as soon as the project is deleted: from then on nothing of it is reachable (every route answers 404, it leaves everyone's project list). Its members, tasks, comments, attachment records and files are purged in the background by the stream worker, whatever the project's size.
         */
        delete: operations["deleteProject"];
        options?: never;
        head?: never;
        /** Rename or describe a project (admins and owners; If-Match optional) */
        patch: operations["updateProject"];
        trace?: never;
    };
    "/v1/projects/{projectId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's members (any member) */
        get: operations["listMembers"];
        put?: never;
        /** Add an existing user by id or e-mail (admins and owners; only owners grant owner) */
        post: operations["addMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a member (admins and owners; only owners remove owners; your own id = leave) */
        delete: operations["removeMember"];
        options?: never;
        head?: never;
        /** Change a member's role (admins and owners; only owners grant or take owner) */
        patch: operations["changeMemberRole"];
        trace?: never;
    };
    "/v1/projects/{projectId}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave a project (any member; the last owner cannot) */
        post: operations["leaveProject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's attachments, oldest first */
        get: operations["listAttachments"];
        put?: never;
        /** Start an upload: a pending attachment and a presigned PUT URL */
        post: operations["createAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/attachments/{attachmentId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the upload (the server checks the stored object) */
        post: operations["completeAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One attachment, with a short-lived download URL when ready */
        get: operations["getAttachment"];
        put?: never;
        post?: never;
        /** Delete the file and its record (the uploader, or a project admin) */
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Export every task of a project (JSON or CSV) — asynchronous: poll the job */
        post: operations["createExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/jobs/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A job: status and progress; a download URL once it succeeded
         * @description Visible to the requester and to the admins of the project. Poll until `succeeded` or `failed`.
         */
        get: operations["getJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's activity, newest first (viewers and up) */
        get: operations["listProjectActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task's activity (its comments and attachments too), newest first (viewers and up) */
        get: operations["listTaskActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tasks, comments, attachments and members changed since a sync token, oldest first (viewers and up) */
        get: operations["listProjectChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project's webhook endpoints, without their secrets (owners and admins) */
        get: operations["listWebhooks"];
        put?: never;
        /** Register a webhook endpoint; the answer holds its signing secret, shown this once (owners and admins) */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint, without its secret (owners and admins) */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Remove a webhook endpoint; nothing more is sent to it (owners and admins) */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change the url, event types, description or enabled flag (owners and admins) */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret, shown this once; the old one keeps signing beside it for 24 hours (owners and admins) */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a `ping` event to the endpoint (owners and admins) */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's delivery log, newest first (owners and admins) */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/webhooks/{webhookId}/deliveries/{deliveryId}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again now, with the same webhook-id (owners and admins) */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            /** @example urn:tasklane:problem:validation_failed */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            /** @description Stable and machine-readable; each operation lists the codes it can answer */
            code: string;
            requestId?: string;
            errors?: components["schemas"]["FieldError"][];
        } & {
            [key: string]: unknown;
        };
        FieldError: {
            /** @example body.title */
            path: string;
            /** @example Too small: expected string to have >=1 characters */
            message: string;
        };
        /** @description `create` takes the body of `POST …/tasks`, `update` the body of `PATCH …/tasks/{taskId}`, `delete` nothing; `ifMatch` plays the If-Match header. */
        BulkTaskOperation: {
            /** @enum {string} */
            op: "create";
            /**
             * @example {
             *       "title": "Write the launch post",
             *       "priority": "high",
             *       "dueDate": "2026-12-01"
             *     }
             */
            task: {
                title: string;
                description?: string;
                /**
                 * @default todo
                 * @enum {string}
                 */
                status: "todo" | "in_progress" | "blocked" | "done";
                /**
                 * @default medium
                 * @enum {string}
                 */
                priority: "low" | "medium" | "high" | "urgent";
                assigneeId?: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                dueDate?: string;
                /** @default [] */
                labels: string[];
                /**
                 * @description The parent task, in the same project; at most 3 levels of subtasks below a top-level task
                 * @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA
                 */
                parentTaskId?: string;
                /**
                 * @description An RFC 5545 RRULE (without the RRULE: prefix): FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, BYDAY, BYMONTHDAY, COUNT or UNTIL. Completing the task creates its next occurrence.
                 * @example FREQ=WEEKLY;BYDAY=MO
                 */
                recurrence?: string;
                /**
                 * @description IANA time zone the recurrence counts dates in (default UTC)
                 * @example Europe/Berlin
                 */
                timeZone?: string;
            };
        } | {
            /** @enum {string} */
            op: "update";
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            taskId: string;
            /**
             * @description The ETag you read, as in the If-Match header of the single-task route: the operation applies only to that version (its result is 412 otherwise). Left out, it applies to the current version.
             * @example "3"
             */
            ifMatch?: string;
            changes: components["schemas"]["TaskUpdate"];
        } | {
            /** @enum {string} */
            op: "delete";
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            taskId: string;
            /**
             * @description The ETag you read, as in the If-Match header of the single-task route: the operation applies only to that version (its result is 412 otherwise). Left out, it applies to the current version.
             * @example "3"
             */
            ifMatch?: string;
        };
        /** @description Send only what changes; null clears an optional field. */
        TaskUpdate: {
            title?: string;
            description?: string | null;
            /** @enum {string} */
            status?: "todo" | "in_progress" | "blocked" | "done";
            /** @enum {string} */
            priority?: "low" | "medium" | "high" | "urgent";
            assigneeId?: string | null;
            /**
             * Format: date
             * @example 2026-12-01
             */
            dueDate?: string | null;
            labels?: string[];
            /**
             * @description The parent task, in the same project; at most 3 levels of subtasks below a top-level task
             * @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA
             */
            parentTaskId?: string | null;
            /**
             * @description An RFC 5545 RRULE (without the RRULE: prefix): FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, BYDAY, BYMONTHDAY, COUNT or UNTIL. Completing the task creates its next occurrence.
             * @example FREQ=WEEKLY;BYDAY=MO
             */
            recurrence?: string | null;
            /**
             * @description IANA time zone the recurrence counts dates in (default UTC)
             * @example Europe/Berlin
             */
            timeZone?: string | null;
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        Ready: {
            /** @enum {string} */
            status: "ready";
            checks: {
                [key: string]: "ok";
            };
        };
        SignUpResponse: {
            email: string;
            /** @description false: confirm with the code sent by e-mail */
            confirmed: boolean;
        };
        SignUpRequest: {
            /**
             * Format: email
             * @example alice@example.com
             */
            email: string;
            /**
             * Format: password
             * @description 10–256 characters with an upper-case letter, a lower-case letter, a digit; symbols are allowed but not required.
             * @example Tasklane-demo-1
             */
            password: string;
            name?: string;
        };
        ConfirmSignUpRequest: {
            /**
             * Format: email
             * @example alice@example.com
             */
            email: string;
            code: string;
        };
        Tokens: {
            accessToken: string;
            idToken: string;
            /** @description Only at sign-in; refresh keeps it */
            refreshToken?: string;
            /** @description Seconds the access token is valid */
            expiresIn: number;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        LoginRequest: {
            /**
             * Format: email
             * @example alice@example.com
             */
            email: string;
            /** Format: password */
            password: string;
        };
        RefreshRequest: {
            refreshToken: string;
        };
        LogoutRequest: {
            refreshToken?: string;
        };
        AuthRequestAccepted: {
            /** @enum {string} */
            status: "accepted";
            detail: string;
        };
        EmailRequest: {
            /**
             * Format: email
             * @example alice@example.com
             */
            email: string;
        };
        ResetPasswordRequest: {
            /**
             * Format: email
             * @example alice@example.com
             */
            email: string;
            code: string;
            /**
             * Format: password
             * @description 10–256 characters with an upper-case letter, a lower-case letter, a digit; symbols are allowed but not required.
             * @example Tasklane-demo-1
             */
            newPassword: string;
        };
        ChangePasswordRequest: {
            /** Format: password */
            currentPassword: string;
            /**
             * Format: password
             * @description 10–256 characters with an upper-case letter, a lower-case letter, a digit; symbols are allowed but not required.
             * @example Tasklane-demo-1
             */
            newPassword: string;
        };
        DeleteAccountRequest: {
            /** Format: password */
            password: string;
        };
        Me: {
            sub: string;
            email: string | null;
            groups: string[];
        };
        Task: {
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            id: string;
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            projectId: string;
            title: string;
            description?: string;
            /** @enum {string} */
            status: "todo" | "in_progress" | "blocked" | "done";
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "urgent";
            assigneeId?: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            dueDate?: string;
            labels: string[];
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            parentTaskId?: string;
            /** @description Direct subtasks */
            subtaskCount: number;
            /** @description Direct subtasks that are done */
            completedSubtaskCount: number;
            /** @description Tasks this one waits on (at most 10) */
            blockedBy: string[];
            /** @description Tasks that wait on this one (at most 10) */
            blocking: string[];
            /** @description Some task it waits on is not done yet */
            isBlocked: boolean;
            recurrence?: string;
            timeZone?: string;
            /** @description Which occurrence of its recurring series this is */
            occurrence: number;
            createdBy: string;
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
        };
        TaskPage: {
            items: components["schemas"]["Task"][];
            /** @description Pass as `cursor` for the next page; null at the end */
            nextCursor: string | null;
        };
        /**
         * @description Every client-owned field: what is left out takes its default (status, priority, labels) or is cleared.
         * @example {
         *       "title": "Write the launch post",
         *       "priority": "high",
         *       "dueDate": "2026-12-01"
         *     }
         */
        TaskReplace: {
            title: string;
            description?: string;
            /**
             * @default todo
             * @enum {string}
             */
            status: "todo" | "in_progress" | "blocked" | "done";
            /**
             * @default medium
             * @enum {string}
             */
            priority: "low" | "medium" | "high" | "urgent";
            assigneeId?: string;
            /**
             * Format: date
             * @example 2026-12-01
             */
            dueDate?: string;
            /** @default [] */
            labels: string[];
            /**
             * @description The parent task, in the same project; at most 3 levels of subtasks below a top-level task
             * @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA
             */
            parentTaskId?: string;
            /**
             * @description An RFC 5545 RRULE (without the RRULE: prefix): FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, BYDAY, BYMONTHDAY, COUNT or UNTIL. Completing the task creates its next occurrence.
             * @example FREQ=WEEKLY;BYDAY=MO
             */
            recurrence?: string;
            /**
             * @description IANA time zone the recurrence counts dates in (default UTC)
             * @example Europe/Berlin
             */
            timeZone?: string;
        };
        /** @description One result per operation, in the order of the request */
        BulkTaskResponse: {
            results: components["schemas"]["BulkTaskResult"][];
        };
        BulkTaskResult: {
            /** @description The position of the operation in the request */
            index: number;
            /** @description The status the single-task route would have answered: 201 created, 200 updated, 204 deleted, or the problem status */
            status: number;
            /** @description The created or changed task */
            task?: {
                /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
                id: string;
                /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
                projectId: string;
                title: string;
                description?: string;
                /** @enum {string} */
                status: "todo" | "in_progress" | "blocked" | "done";
                /** @enum {string} */
                priority: "low" | "medium" | "high" | "urgent";
                assigneeId?: string;
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                dueDate?: string;
                labels: string[];
                /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
                parentTaskId?: string;
                /** @description Direct subtasks */
                subtaskCount: number;
                /** @description Direct subtasks that are done */
                completedSubtaskCount: number;
                /** @description Tasks this one waits on (at most 10) */
                blockedBy: string[];
                /** @description Tasks that wait on this one (at most 10) */
                blocking: string[];
                /** @description Some task it waits on is not done yet */
                isBlocked: boolean;
                recurrence?: string;
                timeZone?: string;
                /** @description Which occurrence of its recurring series this is */
                occurrence: number;
                createdBy: string;
                version: number;
                /**
                 * Format: date-time
                 * @example 2026-11-21T09:30:00.000Z
                 */
                createdAt: string;
                /**
                 * Format: date-time
                 * @example 2026-11-21T09:30:00.000Z
                 */
                updatedAt: string;
            };
            problem?: components["schemas"]["Problem"] & unknown;
        };
        /** @description 1 to 100 operations, applied in order, each on its own (not atomic as a whole). */
        BulkTaskRequest: {
            operations: components["schemas"]["BulkTaskOperation"][];
        };
        DependencyCreate: {
            /**
             * @description The task (same project) this one waits on
             * @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA
             */
            blockedBy: string;
        };
        CommentPage: {
            items: components["schemas"]["Comment"][];
            /** @description Pass as `cursor` for the next page; null at the end */
            nextCursor: string | null;
        };
        Comment: {
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            id: string;
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            taskId: string;
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            projectId: string;
            authorId: string;
            body: string;
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "body": "Looks good to me."
         *     }
         */
        CommentCreate: {
            body: string;
        };
        CommentUpdate: {
            body: string;
        };
        SearchResultPage: {
            items: components["schemas"]["SearchResult"][];
            /** @description Pass as `cursor` for the next page; null at the end */
            nextCursor: string | null;
        };
        SearchResult: {
            task: components["schemas"]["Task"];
            project: {
                /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
                id: string;
                name: string;
            };
            /**
             * @description Up to 160 characters of the field that matched (the title first), HTML-escaped, each matched word in <mark>…</mark>
             * @example Write the <mark>launch</mark> post
             */
            snippet: string;
        };
        Project: {
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            id: string;
            name: string;
            description?: string;
            ownerId: string;
            /** @description True for a user's personal Inbox (it cannot be deleted) */
            inbox: boolean;
            /**
             * @description The caller's role in this project
             * @enum {string}
             */
            role: "owner" | "admin" | "member" | "viewer";
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
        };
        /**
         * @example {
         *       "name": "Launch",
         *       "description": "Everything for the November launch"
         *     }
         */
        ProjectCreate: {
            name: string;
            description?: string;
        };
        ProjectPage: {
            items: components["schemas"]["Project"][];
            /** @description Pass as `cursor` for the next page; null at the end */
            nextCursor: string | null;
        };
        /** @description Send only what changes; null removes the description. */
        ProjectUpdate: {
            name?: string;
            description?: string | null;
        };
        /** @description Every client-owned field; a description left out is removed. */
        ProjectReplace: {
            name: string;
            description?: string;
        };
        MemberPage: {
            items: components["schemas"]["Member"][];
            /** @description Pass as `cursor` for the next page; null at the end */
            nextCursor: string | null;
        };
        Member: {
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            projectId: string;
            userId: string;
            email?: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            addedAt: string;
        };
        /**
         * @description Exactly one of `userId` and `email`
         * @example {
         *       "email": "bob@example.com",
         *       "role": "member"
         *     }
         */
        MemberAdd: {
            /** @description The user's Cognito id (sub) */
            userId?: string;
            /**
             * Format: email
             * @description The e-mail address of an existing user
             * @example alice@example.com
             */
            email?: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
        } & (unknown | unknown);
        MemberRoleUpdate: {
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
        };
        AttachmentUpload: components["schemas"]["Attachment"] & {
            /** @description PUT the bytes here with exactly these headers, then call complete */
            upload: {
                /** Format: uri */
                url: string;
                /** @enum {string} */
                method: "PUT";
                headers: {
                    [key: string]: string;
                };
                /**
                 * Format: date-time
                 * @example 2026-11-21T09:30:00.000Z
                 */
                expiresAt: string;
            };
        };
        /** @description Present only when `ready` */
        PresignedDownload: {
            /** Format: uri */
            url: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            expiresAt: string;
        };
        Attachment: {
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            id: string;
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            taskId: string;
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            projectId: string;
            filename: string;
            contentType: string;
            size: number;
            /** @enum {string} */
            status: "pending" | "ready";
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
            download?: components["schemas"]["PresignedDownload"];
        };
        /**
         * @example {
         *       "filename": "spec.pdf",
         *       "contentType": "application/pdf",
         *       "size": 48213
         *     }
         */
        AttachmentCreate: {
            /** @description Metadata only: path separators and control characters are removed */
            filename: string;
            /** @example application/pdf */
            contentType: string;
            /**
             * @description Bytes; at most 26214400, or the deployment's lower ATTACHMENT_MAX_BYTES
             * @example 48213
             */
            size: number;
        };
        AttachmentPage: {
            items: components["schemas"]["Attachment"][];
            /** @description Pass as `cursor` for the next page; null at the end */
            nextCursor: string | null;
        };
        Job: {
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            id: string;
            /** @enum {string} */
            type: "project_export";
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            projectId: string;
            requestedBy: string;
            /** @enum {string} */
            format: "json" | "csv";
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            progress: {
                processed: number;
                total?: number;
            };
            attempts: number;
            /** @description Why it failed (or why the last attempt failed, while it is retried) */
            error?: {
                code: string;
                message: string;
            };
            /**
             * Format: date-time
             * @description While `queued` after a failed attempt: the next attempt starts no earlier than this
             * @example 2026-11-21T09:30:00.000Z
             */
            retryAt?: string;
            /** @description Present only when `succeeded` */
            download?: {
                /** Format: uri */
                url: string;
                /**
                 * Format: date-time
                 * @example 2026-11-21T09:30:00.000Z
                 */
                expiresAt: string;
            };
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
        };
        ActivityPage: {
            items: components["schemas"]["Activity"][];
            /** @description Pass as `cursor` for the next page; null at the end */
            nextCursor: string | null;
        };
        Activity: {
            /** @example task.01JD3Q8Y8R0W4N6M2K5T7V9XZA.v2 */
            id: string;
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            projectId: string;
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            taskId?: string;
            /** @enum {string} */
            resource: "task" | "comment" | "attachment" | "member" | "project";
            resourceId: string;
            /** @enum {string} */
            action: "task.created" | "task.updated" | "task.moved" | "task.assigned" | "task.deleted" | "comment.created" | "comment.updated" | "comment.deleted" | "attachment.added" | "attachment.removed" | "member.added" | "member.role_changed" | "member.removed" | "project.created" | "project.updated";
            /** @description The user who made the change */
            actorId: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            occurredAt: string;
            /** @description The resource's version after the change (after a deletion: the deleted version + 1) */
            version: number;
            /** @description Updates: every changed field with its old and new value */
            changes?: components["schemas"]["FieldChange"][];
        };
        FieldChange: {
            field: string;
            /** @description Absent: the field was unset before */
            from?: unknown;
            /** @description Absent: the change unset the field */
            to?: unknown;
        };
        ChangePage: {
            items: components["schemas"]["Change"][];
            /** @description Pass as `since` next time (opaque, signed) */
            syncToken: string;
            /** @description More changes are waiting: ask again at once */
            hasMore: boolean;
        };
        Change: {
            /** @enum {string} */
            resource: "task" | "comment" | "attachment" | "member" | "project";
            resourceId: string;
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            taskId?: string;
            /** @enum {string} */
            action: "task.created" | "task.updated" | "task.moved" | "task.assigned" | "task.deleted" | "comment.created" | "comment.updated" | "comment.deleted" | "attachment.added" | "attachment.removed" | "member.added" | "member.role_changed" | "member.removed" | "project.created" | "project.updated";
            version: number;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            recordedAt: string;
            /** @description A tombstone: the resource is gone; only its id is given */
            deleted: boolean;
            /** @description The resource after the change; absent for tombstones */
            data?: components["schemas"]["Task"] | components["schemas"]["Comment"] | components["schemas"]["Attachment"] | components["schemas"]["Member"];
        };
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /** @description The signing secret (Standard Webhooks `whsec_…`), shown only in this answer. A replay of the create under its Idempotency-Key leaves it out: rotate the secret to get one. */
            secret?: string;
        };
        Webhook: {
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            id: string;
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            projectId: string;
            url: string;
            eventTypes: string[];
            description?: string;
            enabled: boolean;
            /**
             * @description Why the endpoint was disabled by the service: `gone` (it answered 410) or `failing` (a delivery failed every attempt of its schedule)
             * @enum {string}
             */
            disabledReason?: "gone" | "failing";
            /**
             * Format: date-time
             * @description After a rotation: until then the old secret signs too (a second signature)
             * @example 2026-11-21T09:30:00.000Z
             */
            previousSecretExpiresAt?: string;
            createdBy: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            updatedAt: string;
            version: number;
        };
        WebhookCreate: {
            /**
             * @description Where events are POSTed: `https` to a public address (the local stack also allows `http` on loopback)
             * @example https://hooks.example.com/tasklane
             */
            url: string;
            /**
             * @description Default ["*"]
             * @example [
             *       "task.created",
             *       "task.updated"
             *     ]
             */
            eventTypes?: ("task.created" | "task.updated" | "task.moved" | "task.assigned" | "task.deleted" | "comment.created" | "comment.updated" | "comment.deleted" | "attachment.added" | "attachment.removed" | "member.added" | "member.role_changed" | "member.removed" | "project.created" | "project.updated" | "*")[];
            description?: string;
            /** @description Default true */
            enabled?: boolean;
        };
        WebhookList: {
            items: components["schemas"]["Webhook"][];
        };
        WebhookUpdate: {
            /**
             * @description Where events are POSTed: `https` to a public address (the local stack also allows `http` on loopback)
             * @example https://hooks.example.com/tasklane
             */
            url?: string;
            /**
             * @description The activity actions to send, or ["*"] for every one
             * @example [
             *       "task.created",
             *       "task.updated"
             *     ]
             */
            eventTypes?: ("task.created" | "task.updated" | "task.moved" | "task.assigned" | "task.deleted" | "comment.created" | "comment.updated" | "comment.deleted" | "attachment.added" | "attachment.removed" | "member.added" | "member.role_changed" | "member.removed" | "project.created" | "project.updated" | "*")[];
            /** @description null clears it */
            description?: string | null;
            /** @description true enables a disabled endpoint again (and clears disabledReason) */
            enabled?: boolean;
        };
        WebhookDelivery: {
            /**
             * @description The event id: the `webhook-id` header of every attempt
             * @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA
             */
            id: string;
            /** @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA */
            webhookId: string;
            /** @enum {string} */
            type: "task.created" | "task.updated" | "task.moved" | "task.assigned" | "task.deleted" | "comment.created" | "comment.updated" | "comment.deleted" | "attachment.added" | "attachment.removed" | "member.added" | "member.role_changed" | "member.removed" | "project.created" | "project.updated" | "ping";
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
            /** @description Attempts made so far */
            attempt: number;
            lastAttempt?: components["schemas"]["WebhookDeliveryAttempt"];
            attempts: components["schemas"]["WebhookDeliveryAttempt"][];
            /**
             * Format: date-time
             * @description When the next attempt is due (pending only)
             * @example 2026-11-21T09:30:00.000Z
             */
            nextAttemptAt?: string;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            createdAt: string;
        };
        WebhookDeliveryAttempt: {
            attempt: number;
            /**
             * Format: date-time
             * @example 2026-11-21T09:30:00.000Z
             */
            at: string;
            durationMs: number;
            /** @description The status the endpoint answered */
            responseStatus?: number;
            /** @description Why there was no answer (timeout, refused, unsafe target) */
            error?: string;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` for the next page; null at the end */
            nextCursor: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The id of this request (yours when you sent a sane X-Request-Id); quote it when reporting */
        "X-Request-Id": string;
        /** @description The version of the resource, to send back in If-Match */
        ETag: string;
        /** @description The URL of the created resource (or of the job) */
        Location: string;
        /** @description The Bearer challenge (RFC 6750), with an error description */
        "WWW-Authenticate": string;
        /** @description Seconds to wait before retrying */
        "Retry-After": string;
        /** @description `true` when this is the stored response of an earlier request with the same Idempotency-Key */
        "Idempotent-Replayed": "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready to serve */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ready"];
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    signUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignUpRequest"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignUpResponse"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `user_exists`: An account with this e-mail address exists
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "user_exists";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             *     - `too_many_requests`: Too many attempts; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded" | "too_many_requests";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    confirmSignUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmSignUpRequest"];
            };
        };
        responses: {
            /** @description Confirmed */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             *     - `too_many_requests`: Too many attempts; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded" | "too_many_requests";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    logIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `invalid_credentials`: Wrong e-mail address, password, or refresh token
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "invalid_credentials";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `user_not_confirmed`: The account is not confirmed yet (POST /v1/auth/confirm)
             *     - `password_reset_required`: The account must reset its password before signing in
             *     - `challenge_required`: The identity provider wants a step this API does not offer (for example a new password) before it signs the account in
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "user_not_confirmed" | "password_reset_required" | "challenge_required";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             *     - `too_many_requests`: Too many attempts; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded" | "too_many_requests";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description Refreshed */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `invalid_credentials`: Wrong e-mail address, password, or refresh token
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "invalid_credentials";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `user_not_confirmed`: The account is not confirmed yet (POST /v1/auth/confirm)
             *     - `password_reset_required`: The account must reset its password before signing in
             *     - `challenge_required`: The identity provider wants a step this API does not offer (for example a new password) before it signs the account in
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "user_not_confirmed" | "password_reset_required" | "challenge_required";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             *     - `too_many_requests`: Too many attempts; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded" | "too_many_requests";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    logOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LogoutRequest"];
            };
        };
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             *     - `invalid_credentials`: Wrong e-mail address, password, or refresh token
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled" | "invalid_credentials";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["LogoutRequest"];
            };
        };
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             *     - `invalid_credentials`: Wrong e-mail address, password, or refresh token
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled" | "invalid_credentials";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    resendConfirmationCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailRequest"];
            };
        };
        responses: {
            /** @description If the account exists and is unconfirmed, a code is on its way */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthRequestAccepted"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             *     - `too_many_requests`: Too many attempts; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded" | "too_many_requests";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmailRequest"];
            };
        };
        responses: {
            /** @description If the account exists, a reset code is on its way */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthRequestAccepted"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             *     - `too_many_requests`: Too many attempts; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded" | "too_many_requests";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordRequest"];
            };
        };
        responses: {
            /** @description Password set */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             *     - `too_many_requests`: Too many attempts; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded" | "too_many_requests";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    changeMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed; tokens of a new session */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tokens"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `password_reset_required`: The account must reset its password before signing in
             *     - `challenge_required`: The identity provider wants a step this API does not offer (for example a new password) before it signs the account in
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "password_reset_required" | "challenge_required";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             *     - `too_many_requests`: Too many attempts; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded" | "too_many_requests";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description You */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    deleteMyAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeleteAccountRequest"];
            };
        };
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `password_reset_required`: The account must reset its password before signing in
             *     - `challenge_required`: The identity provider wants a step this API does not offer (for example a new password) before it signs the account in
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "password_reset_required" | "challenge_required";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `sole_owner`: You are the only owner of the listed `projects`; hand them over or delete them first
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "sole_owner" | "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             *     - `too_many_requests`: Too many attempts; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded" | "too_many_requests";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: "todo" | "in_progress" | "blocked" | "done";
                assigneeId?: string;
                label?: string;
                dueBefore?: string;
                dueAfter?: string;
                /** @description true: only tasks without a parent */
                topLevel?: string;
                /** @description Only the direct subtasks of this task */
                parentTaskId?: string;
                sort?: "createdAt" | "-createdAt" | "dueDate" | "-dueDate";
                /** @description Only tasks matching these words (as `GET /v1/search`), ranked by relevance, title matches first; `sort` is then ignored. */
                q?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a create safe to retry: the same request under the same key creates one resource and answers the first response again (Idempotent-Replayed: true) for 24 hours; another request under the key is 422; a malformed key is 400 */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description?: string;
                    /**
                     * @default todo
                     * @enum {string}
                     */
                    status?: "todo" | "in_progress" | "blocked" | "done";
                    /**
                     * @default medium
                     * @enum {string}
                     */
                    priority?: "low" | "medium" | "high" | "urgent";
                    assigneeId?: string;
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    dueDate?: string;
                    /** @default [] */
                    labels?: string[];
                    /**
                     * @description The parent task, in the same project; at most 3 levels of subtasks below a top-level task
                     * @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA
                     */
                    parentTaskId?: string;
                    /**
                     * @description An RFC 5545 RRULE (without the RRULE: prefix): FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, BYDAY, BYMONTHDAY, COUNT or UNTIL. Completing the task creates its next occurrence.
                     * @example FREQ=WEEKLY;BYDAY=MO
                     */
                    recurrence?: string;
                    /**
                     * @description IANA time zone the recurrence counts dates in (default UTC)
                     * @example Europe/Berlin
                     */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             *     - `invalid_idempotency_key`: The Idempotency-Key header is empty, longer than 255 characters, or not visible ASCII
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json" | "invalid_idempotency_key";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    getProjectTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: 304 without a body while it is still the current one */
                "if-none-match"?: string;
            };
            path: {
                projectId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Not Modified: If-None-Match names the current ETag; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "task_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    deleteProjectTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read: the write applies only to that version (412 when it is no longer the current one). Without it (or with *) the write applies atomically to the current version: a PATCH changes only the fields it names, and concurrent writes are retried by the server, never lost. */
                "if-match"?: string;
            };
            path: {
                projectId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "task_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "transaction_cancelled";
                    };
                };
            };
            /**
             * @description If-Match does not match the current ETag. `code` is one of:
             *     - `precondition_failed`: If-Match does not name the current version: read again, then retry
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {string} */
                        code?: "precondition_failed";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    updateProjectTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read: the write applies only to that version (412 when it is no longer the current one). Without it (or with *) the write applies atomically to the current version: a PATCH changes only the fields it names, and concurrent writes are retried by the server, never lost. */
                "if-match"?: string;
            };
            path: {
                projectId: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The changed task */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "task_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             *     - `subtask_cycle`: The parent named is the task itself or one of its subtasks
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "transaction_cancelled" | "subtask_cycle";
                    };
                };
            };
            /**
             * @description If-Match does not match the current ETag. `code` is one of:
             *     - `precondition_failed`: If-Match does not name the current version: read again, then retry
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {string} */
                        code?: "precondition_failed";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    getTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: 304 without a body while it is still the current one */
                "if-none-match"?: string;
            };
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description Not Modified: If-None-Match names the current ETag; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    replaceTaskById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read: the write applies only to that version (412 when it is no longer the current one). Without it (or with *) the write applies atomically to the current version: a PATCH changes only the fields it names, and concurrent writes are retried by the server, never lost. */
                "if-match"?: string;
            };
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskReplace"];
            };
        };
        responses: {
            /** @description The replaced task */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             *     - `subtask_cycle`: The parent named is the task itself or one of its subtasks
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "transaction_cancelled" | "subtask_cycle";
                    };
                };
            };
            /**
             * @description If-Match does not match the current ETag. `code` is one of:
             *     - `precondition_failed`: If-Match does not name the current version: read again, then retry
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {string} */
                        code?: "precondition_failed";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    deleteTaskById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read: the write applies only to that version (412 when it is no longer the current one). Without it (or with *) the write applies atomically to the current version: a PATCH changes only the fields it names, and concurrent writes are retried by the server, never lost. */
                "if-match"?: string;
            };
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "transaction_cancelled";
                    };
                };
            };
            /**
             * @description If-Match does not match the current ETag. `code` is one of:
             *     - `precondition_failed`: If-Match does not name the current version: read again, then retry
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {string} */
                        code?: "precondition_failed";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    updateTaskById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read: the write applies only to that version (412 when it is no longer the current one). Without it (or with *) the write applies atomically to the current version: a PATCH changes only the fields it names, and concurrent writes are retried by the server, never lost. */
                "if-match"?: string;
            };
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TaskUpdate"];
            };
        };
        responses: {
            /** @description The changed task */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             *     - `subtask_cycle`: The parent named is the task itself or one of its subtasks
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "transaction_cancelled" | "subtask_cycle";
                    };
                };
            };
            /**
             * @description If-Match does not match the current ETag. `code` is one of:
             *     - `precondition_failed`: If-Match does not name the current version: read again, then retry
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {string} */
                        code?: "precondition_failed";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listPersonalTasks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: "todo" | "in_progress" | "blocked" | "done";
                assigneeId?: string;
                label?: string;
                dueBefore?: string;
                dueAfter?: string;
                /** @description true: only tasks without a parent */
                topLevel?: string;
                /** @description Only the direct subtasks of this task */
                parentTaskId?: string;
                sort?: "createdAt" | "-createdAt" | "dueDate" | "-dueDate";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    createPersonalTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a create safe to retry: the same request under the same key creates one resource and answers the first response again (Idempotent-Replayed: true) for 24 hours; another request under the key is 422; a malformed key is 400 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description?: string;
                    /**
                     * @default todo
                     * @enum {string}
                     */
                    status?: "todo" | "in_progress" | "blocked" | "done";
                    /**
                     * @default medium
                     * @enum {string}
                     */
                    priority?: "low" | "medium" | "high" | "urgent";
                    assigneeId?: string;
                    /**
                     * Format: date
                     * @example 2026-12-01
                     */
                    dueDate?: string;
                    /** @default [] */
                    labels?: string[];
                    /**
                     * @description The parent task, in the same project; at most 3 levels of subtasks below a top-level task
                     * @example 01JD3Q8Y8R0W4N6M2K5T7V9XZA
                     */
                    parentTaskId?: string;
                    /**
                     * @description An RFC 5545 RRULE (without the RRULE: prefix): FREQ=DAILY|WEEKLY|MONTHLY|YEARLY with INTERVAL, BYDAY, BYMONTHDAY, COUNT or UNTIL. Completing the task creates its next occurrence.
                     * @example FREQ=WEEKLY;BYDAY=MO
                     */
                    recurrence?: string;
                    /**
                     * @description IANA time zone the recurrence counts dates in (default UTC)
                     * @example Europe/Berlin
                     */
                    timeZone?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             *     - `invalid_idempotency_key`: The Idempotency-Key header is empty, longer than 255 characters, or not visible ASCII
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json" | "invalid_idempotency_key";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listSubtasks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of subtasks */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    bulkChangeTasks: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a create safe to retry: the same request under the same key creates one resource and answers the first response again (Idempotent-Replayed: true) for 24 hours; another request under the key is 422; a malformed key is 400 */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkTaskRequest"];
            };
        };
        responses: {
            /** @description One result per operation, in order */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkTaskResponse"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             *     - `invalid_idempotency_key`: The Idempotency-Key header is empty, longer than 255 characters, or not visible ASCII
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json" | "invalid_idempotency_key";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    addTaskDependency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DependencyCreate"];
            };
        };
        responses: {
            /** @description The blocked task, with its blockedBy list */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `dependency_cycle`: The dependency would close a cycle of tasks waiting on each other
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "dependency_cycle" | "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    removeTaskDependency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
                blockingTaskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task, without that blocker */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             *     - `dependency_not_found`: The task is not blocked by that task
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found" | "dependency_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listComments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of comments */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    createComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a create safe to retry: the same request under the same key creates one resource and answers the first response again (Idempotent-Replayed: true) for 24 hours; another request under the key is 422; a malformed key is 400 */
                "idempotency-key"?: string;
            };
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             *     - `invalid_idempotency_key`: The Idempotency-Key header is empty, longer than 255 characters, or not visible ASCII
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json" | "invalid_idempotency_key";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    deleteComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
                commentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             *     - `comment_not_found`: No such comment on this task
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found" | "comment_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    updateComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
                commentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentUpdate"];
            };
        };
        responses: {
            /** @description The edited comment */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Comment"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             *     - `not_comment_author`: Only the author may edit the comment
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids" | "not_comment_author";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             *     - `comment_not_found`: No such comment on this task
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found" | "comment_not_found";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listMyTasks: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status?: "todo" | "in_progress" | "blocked" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    searchTasks: {
        parameters: {
            query: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                /** @description Words of task titles, descriptions, labels and comments; every word must match, the last one as a prefix, words of 5+ letters with a typo. Not empty, at most 200 characters, not only stop words. */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of results, each with its task, its project and a highlighted snippet */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SearchResultPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listTasksByStatus: {
        parameters: {
            query: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                status: "todo" | "in_progress" | "blocked" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `group_required`: You are not in the Cognito group this needs
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "group_required";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listProjects: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    createProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a create safe to retry: the same request under the same key creates one resource and answers the first response again (Idempotent-Replayed: true) for 24 hours; another request under the key is 422; a malformed key is 400 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             *     - `invalid_idempotency_key`: The Idempotency-Key header is empty, longer than 255 characters, or not visible ASCII
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json" | "invalid_idempotency_key";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    getProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: 304 without a body while it is still the current one */
                "if-none-match"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The project */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Not Modified: If-None-Match names the current ETag; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    replaceProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read: the write applies only to that version (412 when it is no longer the current one). Without it (or with *) the write applies atomically to the current version: a PATCH changes only the fields it names, and concurrent writes are retried by the server, never lost. */
                "if-match"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectReplace"];
            };
        };
        responses: {
            /** @description Replaced */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description If-Match does not match the current ETag. `code` is one of:
             *     - `precondition_failed`: If-Match does not name the current version: read again, then retry
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {string} */
                        code?: "precondition_failed";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    deleteProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read: the write applies only to that version (412 when it is no longer the current one). Without it (or with *) the write applies atomically to the current version: a PATCH changes only the fields it names, and concurrent writes are retried by the server, never lost. */
                "if-match"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted; the purge of its contents runs in the background */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `inbox_not_deletable`: This is your personal Inbox project; it cannot be deleted
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "inbox_not_deletable" | "transaction_cancelled";
                    };
                };
            };
            /**
             * @description If-Match does not match the current ETag. `code` is one of:
             *     - `precondition_failed`: If-Match does not name the current version: read again, then retry
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {string} */
                        code?: "precondition_failed";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    updateProject: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read: the write applies only to that version (412 when it is no longer the current one). Without it (or with *) the write applies atomically to the current version: a PATCH changes only the fields it names, and concurrent writes are retried by the server, never lost. */
                "if-match"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProjectUpdate"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description If-Match does not match the current ETag. `code` is one of:
             *     - `precondition_failed`: If-Match does not name the current version: read again, then retry
             */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 412;
                        /** @enum {string} */
                        code?: "precondition_failed";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listMembers: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    addMember: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a create safe to retry: the same request under the same key creates one resource and answers the first response again (Idempotent-Replayed: true) for 24 hours; another request under the key is 422; a malformed key is 400 */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberAdd"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             *     - `invalid_idempotency_key`: The Idempotency-Key header is empty, longer than 255 characters, or not visible ASCII
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json" | "invalid_idempotency_key";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `already_member`: The user is already a member
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "already_member" | "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `member_not_found`: The user is not a member of this project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "member_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `last_owner`: The project would be left without an owner
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "last_owner" | "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    changeMemberRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberRoleUpdate"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `member_not_found`: The user is not a member of this project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "member_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `last_owner`: The project would be left without an owner
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "last_owner" | "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    leaveProject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `last_owner`: The project would be left without an owner
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "last_owner" | "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listAttachments: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    createAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a create safe to retry: the same request under the same key creates one resource and answers the first response again (Idempotent-Replayed: true) for 24 hours; another request under the key is 422; a malformed key is 400 */
                "idempotency-key"?: string;
            };
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttachmentCreate"];
            };
        };
        responses: {
            /** @description Pending; PUT the bytes, then complete */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentUpload"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             *     - `invalid_idempotency_key`: The Idempotency-Key header is empty, longer than 255 characters, or not visible ASCII
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json" | "invalid_idempotency_key";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    completeAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready (also when it already was) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             *     - `attachment_not_found`: No such attachment on this task
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found" | "attachment_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `upload_missing`: Nothing was uploaded to the presigned URL yet
             *     - `upload_mismatch`: The uploaded object has another size or content type; it was discarded
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "upload_missing" | "upload_mismatch" | "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    getAttachment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: 304 without a body while it is still the current one */
                "if-none-match"?: string;
            };
            path: {
                taskId: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attachment"];
                };
            };
            /** @description Not Modified: If-None-Match names the current ETag; no body */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             *     - `attachment_not_found`: No such attachment on this task
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found" | "attachment_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    deleteAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
                attachmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             *     - `attachment_not_found`: No such attachment on this task
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found" | "attachment_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    createExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a create safe to retry: the same request under the same key creates one resource and answers the first response again (Idempotent-Replayed: true) for 24 hours; another request under the key is 422; a malformed key is 400 */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @default json
                     * @enum {string}
                     */
                    format?: "json" | "csv";
                };
            };
        };
        responses: {
            /** @description Queued; poll the job at Location */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             *     - `invalid_idempotency_key`: The Idempotency-Key header is empty, longer than 255 characters, or not visible ASCII
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json" | "invalid_idempotency_key";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    getJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job (never cached: it changes until it is finished) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Job"];
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `job_not_found`: No such job, or it is not yours to see
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "job_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listProjectActivity: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                action?: "task.created" | "task.updated" | "task.moved" | "task.assigned" | "task.deleted" | "comment.created" | "comment.updated" | "comment.deleted" | "attachment.added" | "attachment.removed" | "member.added" | "member.role_changed" | "member.removed" | "project.created" | "project.updated";
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of activity */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listTaskActivity: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                action?: "task.created" | "task.updated" | "task.moved" | "task.assigned" | "task.deleted" | "comment.created" | "comment.updated" | "comment.deleted" | "attachment.added" | "attachment.removed" | "member.added" | "member.role_changed" | "member.removed" | "project.created" | "project.updated";
            };
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of activity */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActivityPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `task_not_found`: No such task, or you are not a member of its project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "task_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listProjectChanges: {
        parameters: {
            query?: {
                /** @description The syncToken of the previous answer; without it, the answer is a token for now */
                since?: string;
                limit?: number;
            };
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes after `since` and the token to continue from (never cached) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Cache-Control": "no-store";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_sync_token`: The syncToken is tampered, malformed or from another project; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_sync_token";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Gone: what this refers to is no longer kept. `code` is one of:
             *     - `sync_token_expired`: The syncToken is older than the retention: resync (read everything again, then start without since)
             */
            410: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 410;
                        /** @enum {string} */
                        code?: "sync_token_expired";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every endpoint (a project has few) */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a create safe to retry: the same request under the same key creates one resource and answers the first response again (Idempotent-Replayed: true) for 24 hours; another request under the key is 422; a malformed key is 400 */
                "idempotency-key"?: string;
            };
            path: {
                projectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookCreate"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             *     - `invalid_idempotency_key`: The Idempotency-Key header is empty, longer than 255 characters, or not visible ASCII
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json" | "invalid_idempotency_key";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `webhook_limit_reached`: The project has as many webhook endpoints as it may; delete one first
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "webhook_limit_reached" | "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `webhook_not_found`: No such webhook endpoint in this project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "webhook_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `webhook_not_found`: No such webhook endpoint in this project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "webhook_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookUpdate"];
            };
        };
        responses: {
            /** @description Updated */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `malformed_json`: The body is not valid JSON
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "malformed_json";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `webhook_not_found`: No such webhook endpoint in this project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "webhook_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Body too large. `code` is one of:
             *     - `payload_too_large`: The body is larger than the server accepts
             */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 413;
                        /** @enum {string} */
                        code?: "payload_too_large";
                    };
                };
            };
            /**
             * @description Body is not application/json. `code` is one of:
             *     - `unsupported_media_type`: The body is not application/json
             */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 415;
                        /** @enum {string} */
                        code?: "unsupported_media_type";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rotated */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `webhook_not_found`: No such webhook endpoint in this project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "webhook_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ping delivery, queued */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `webhook_not_found`: No such webhook endpoint in this project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "webhook_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `webhook_disabled`: The webhook endpoint is disabled; enable it (PATCH enabled: true) first
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "webhook_disabled";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                limit?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
            };
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /**
             * @description Malformed request. `code` is one of:
             *     - `invalid_cursor`: The cursor is tampered, foreign to this query or expired; start without it
             */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {string} */
                        code?: "invalid_cursor";
                    };
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `webhook_not_found`: No such webhook endpoint in this project
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "webhook_not_found";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                projectId: string;
                webhookId: string;
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, due now */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /**
             * @description Not authenticated. `code` is one of:
             *     - `missing_token`: No Authorization: Bearer header
             *     - `invalid_token`: The access token is malformed, expired, not signed by the pool or not for this client
             *     - `token_revoked`: The access token was signed out
             *     - `user_not_found`: The user of the access token no longer exists
             *     - `user_disabled`: The user of the access token is disabled
             */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 401;
                        /** @enum {string} */
                        code?: "missing_token" | "invalid_token" | "token_revoked" | "user_not_found" | "user_disabled";
                    };
                };
            };
            /**
             * @description Not allowed. `code` is one of:
             *     - `invalid_api_key`: No x-api-key header, or not a key of the plan (where the stage requires API keys)
             *     - `role_forbids`: Your role in the project does not allow this
             */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {string} */
                        code?: "invalid_api_key" | "role_forbids";
                    };
                };
            };
            /**
             * @description Not found, or not visible to you. `code` is one of:
             *     - `project_not_found`: No such project, or you are not a member
             *     - `webhook_not_found`: No such webhook endpoint in this project
             *     - `delivery_not_found`: No such delivery of this webhook endpoint
             */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {string} */
                        code?: "project_not_found" | "webhook_not_found" | "delivery_not_found";
                    };
                };
            };
            /**
             * @description Conflicts with the current state. `code` is one of:
             *     - `webhook_disabled`: The webhook endpoint is disabled; enable it (PATCH enabled: true) first
             *     - `transaction_cancelled`: A concurrent change got in the way; read again and retry
             */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {string} */
                        code?: "webhook_disabled" | "transaction_cancelled";
                    };
                };
            };
            /**
             * @description Invalid fields; every one is listed. `code` is one of:
             *     - `validation_failed`: Invalid fields; `errors` names every one
             */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 422;
                        /** @enum {string} */
                        code?: "validation_failed";
                    };
                };
            };
            /**
             * @description Too many requests. `code` is one of:
             *     - `rate_limited`: Past the API key's request rate; retry after Retry-After
             *     - `quota_exceeded`: The API key's daily quota is used up; retry after Retry-After
             */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {string} */
                        code?: "rate_limited" | "quota_exceeded";
                    };
                };
            };
            /**
             * @description Unexpected error. `code` is one of:
             *     - `internal_error`: Unexpected error (nothing about it is disclosed)
             */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 500;
                        /** @enum {string} */
                        code?: "internal_error";
                    };
                };
            };
            /**
             * @description A backing service is unavailable; retry after Retry-After seconds. `code` is one of:
             *     - `service_unavailable`: A backing service is unavailable or too slow; retry after Retry-After
             */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 503;
                        /** @enum {string} */
                        code?: "service_unavailable";
                    };
                };
            };
        };
    };
}
