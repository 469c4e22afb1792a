package org.wfed.core.internal.rest.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import javax.ws.rs.core.Response;

/**
 * Reads what a resource method does from its compiled code, so that the reference states it without a
 * second, hand-kept copy: the permissions it checks (the permission ids among the string constants of the
 * method and of the methods of its own bundle it calls, lambdas included) and, for a method answering a
 * {@link Response}, the entity types and 2xx statuses it builds.
 */
final class MethodScan {

    /** What one resource method does. Entities are Java types (generic where the code says so). */
    record Found(Set<String> permissions, List<Type> entities, Set<Integer> statuses) {
    }

    private static final String RESPONSE = "javax/ws/rs/core/Response";
    private static final String BUILDER = "javax/ws/rs/core/Response$ResponseBuilder";
    private static final String STATUS = "javax/ws/rs/core/Response$Status";
    private static final int DEPTH = 6;
    private static final Object PRIM = new Object();

    private final Function<String, InputStream> classes;
    private final ClassLoader loader;
    private final Set<String> permissionIds;
    private final Map<String, Optional<ClassFile>> parsed = new HashMap<>();

    /**
     * @param classes the class file of a class of the scanned bundle by internal name ({@code org/wfed/x/Y}),
     *                null for a class of another bundle or the JDK (calls into those are not followed)
     * @param loader  loads the classes the scanned code names, to read generic return types
     * @param permissionIds the permission ids known to the deployment
     */
    MethodScan(Function<String, InputStream> classes, ClassLoader loader, Set<String> permissionIds) {
        this.classes = classes;
        this.loader = loader;
        this.permissionIds = permissionIds;
    }

    Found scan(Method method) {
        ClassFile.Call start = new ClassFile.Call(internal(method.getDeclaringClass()), method.getName(), descriptor(method));
        Set<String> permissions = new TreeSet<>();
        permissions(start, permissions);
        List<Type> entities = new ArrayList<>();
        Set<Integer> statuses = new TreeSet<>();
        if (Response.class.equals(method.getReturnType())) {
            responses(start, entities, statuses, 0);
        }
        return new Found(permissions, entities, statuses);
    }

    private void permissions(ClassFile.Call start, Set<String> found) {
        Set<ClassFile.Call> seen = new HashSet<>();
        Deque<ClassFile.Call> queue = new ArrayDeque<>();
        Map<ClassFile.Call, Integer> depth = new HashMap<>();
        queue.add(start);
        depth.put(start, 0);
        seen.add(start);
        while (!queue.isEmpty()) {
            ClassFile.Call call = queue.poll();
            Optional<ClassFile> file = classFile(call.owner());
            byte[] code = file.map(f -> f.code(call.name(), call.descriptor())).orElse(null);
            if (code == null) {
                continue;
            }
            ClassFile f = file.get();
            List<ClassFile.Call> next = new ArrayList<>();
            for (int pc = 0; pc < code.length; pc += ClassFile.instructionLength(code, pc)) {
                int op = code[pc] & 0xFF;
                if (op == 0x12 || op == 0x13) {
                    String s = f.string(op == 0x12 ? code[pc + 1] & 0xFF : ClassFile.readShort(code, pc + 1));
                    if (s != null && permissionIds.contains(s)) {
                        found.add(s);
                    }
                } else if (op >= 0xB6 && op <= 0xB9) {
                    next.add(f.member(ClassFile.readShort(code, pc + 1)));
                } else if (op == 0xBA) {
                    next.addAll(f.lambdaTargets(ClassFile.readShort(code, pc + 1)));
                }
            }
            int d = depth.get(call) + 1;
            for (ClassFile.Call c : next) {
                if (d <= DEPTH && seen.add(c) && classFile(c.owner()).isPresent()) {
                    depth.put(c, d);
                    queue.add(c);
                }
            }
        }
    }

    /**
     * Follows the operand stack of a method that builds a {@link Response} in straight lines: the value
     * handed to {@code ResponseBuilder.entity} or {@code Response.ok(entity…)}, the statuses named; a
     * {@code Response} built by another method of the same bundle is followed. Where the code branches
     * into the value, the stack is forgotten and the entity is unknown (not guessed).
     */
    private void responses(ClassFile.Call call, List<Type> entities, Set<Integer> statuses, int level) {
        Optional<ClassFile> file = classFile(call.owner());
        byte[] code = file.map(f -> f.code(call.name(), call.descriptor())).orElse(null);
        if (code == null || level > 2) {
            return;
        }
        ClassFile f = file.get();
        Map<Integer, Object> locals = parameterLocals(call);
        Deque<Object> stack = new ArrayDeque<>();
        int lastInt = -1;
        for (int pc = 0; pc < code.length; pc += ClassFile.instructionLength(code, pc)) {
            int op = code[pc] & 0xFF;
            if (op == 0x01) {
                stack.push(PRIM);
            } else if (op >= 0x02 && op <= 0x11) {
                lastInt = op == 0x11 ? (short) ClassFile.readShort(code, pc + 1) : op == 0x10 ? code[pc + 1] : op - 0x03;
                stack.push(PRIM);
            } else if (op == 0x12 || op == 0x13) {
                String s = f.string(op == 0x12 ? code[pc + 1] & 0xFF : ClassFile.readShort(code, pc + 1));
                stack.push(s != null ? "Ljava/lang/String;" : PRIM);
            } else if (op == 0x14 || (op >= 0x15 && op <= 0x18) || (op >= 0x1A && op <= 0x29)) {
                stack.push(PRIM);
            } else if (op == 0x19 || (op >= 0x2A && op <= 0x2D)) {
                Object v = locals.get(op == 0x19 ? code[pc + 1] & 0xFF : op - 0x2A);
                stack.push(v == null ? PRIM : v);
            } else if (op == 0x3A || (op >= 0x4B && op <= 0x4E)) {
                locals.put(op == 0x3A ? code[pc + 1] & 0xFF : op - 0x4B, pop(stack));
            } else if ((op >= 0x36 && op <= 0x39) || (op >= 0x3B && op <= 0x4A) || op == 0x57) {
                pop(stack);
            } else if (op == 0x59) {
                stack.push(stack.isEmpty() ? PRIM : stack.peek());
            } else if (op == 0xB2 || op == 0xB4) {
                ClassFile.Call field = f.member(ClassFile.readShort(code, pc + 1));
                if (op == 0xB4) {
                    pop(stack);
                }
                if (STATUS.equals(field.owner())) {
                    success(statuses, Response.Status.valueOf(field.name()).getStatusCode());
                }
                stack.push(field.descriptor());
            } else if (op == 0xBB) {
                stack.push("new:" + f.className(ClassFile.readShort(code, pc + 1)));
            } else if (op == 0xC0) {
                pop(stack);
                stack.push("L" + f.className(ClassFile.readShort(code, pc + 1)) + ";");
            } else if (op >= 0xB6 && op <= 0xB9) {
                ClassFile.Call m = f.member(ClassFile.readShort(code, pc + 1));
                List<Object> args = new ArrayList<>();
                for (int i = argumentCount(m.descriptor()); i > 0; i--) {
                    args.add(0, pop(stack));
                }
                if (op != 0xB8) {
                    pop(stack);
                }
                if ("<init>".equals(m.name())) {
                    if (!stack.isEmpty() && ("new:" + m.owner()).equals(stack.peek())) {
                        stack.pop();
                        stack.push("L" + m.owner() + ";");
                    }
                    continue;
                }
                observe(m, args, lastInt, entities, statuses);
                String returns = m.descriptor().substring(m.descriptor().indexOf(')') + 1);
                if (returns.equals("L" + RESPONSE + ";") && !RESPONSE.equals(m.owner()) && !BUILDER.equals(m.owner())) {
                    responses(m, entities, statuses, level + 1);
                }
                if (!returns.equals("V")) {
                    stack.push(returns.startsWith("L") || returns.startsWith("[") ? m : PRIM);
                }
            } else if (op != 0x00) {
                stack.clear();
            }
        }
    }

    private void observe(ClassFile.Call m, List<Object> args, int lastInt, List<Type> entities, Set<Integer> statuses) {
        if (BUILDER.equals(m.owner()) && "entity".equals(m.name()) && !args.isEmpty()) {
            entity(args.get(0), entities);
        } else if (RESPONSE.equals(m.owner())) {
            switch (m.name()) {
                case "ok" -> {
                    success(statuses, 200);
                    if (!args.isEmpty()) {
                        entity(args.get(0), entities);
                    }
                }
                case "noContent" -> success(statuses, 204);
                case "created" -> success(statuses, 201);
                case "accepted" -> success(statuses, 202);
                case "status" -> {
                    if (m.descriptor().startsWith("(I)")) {
                        success(statuses, lastInt);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void success(Set<Integer> statuses, int status) {
        if (status >= 200 && status < 300) {
            statuses.add(status);
        }
    }

    private void entity(Object value, List<Type> entities) {
        Type type = typeOf(value);
        if (type != null && !entities.contains(type)) {
            entities.add(type);
        }
    }

    /** The Java type of a stack value: the generic return type of a call, or the class a descriptor names. */
    private Type typeOf(Object value) {
        if (value instanceof ClassFile.Call call) {
            Optional<Method> m = method(call);
            if (m.isPresent()) {
                return m.get().getGenericReturnType();
            }
            String d = call.descriptor();
            return classOf(d.substring(d.indexOf(')') + 1));
        }
        if (value instanceof String d && !d.startsWith("new:")) {
            return classOf(d);
        }
        return null;
    }

    private Optional<Method> method(ClassFile.Call call) {
        try {
            Class<?> owner = Class.forName(call.owner().replace('/', '.'), false, loader);
            for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals(call.name()) && descriptor(m).equals(call.descriptor())) {
                        return Optional.of(m);
                    }
                }
            }
            for (Class<?> i : owner.getInterfaces()) {
                for (Method m : i.getMethods()) {
                    if (m.getName().equals(call.name()) && descriptor(m).equals(call.descriptor())) {
                        return Optional.of(m);
                    }
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private Class<?> classOf(String descriptor) {
        try {
            if (descriptor.startsWith("[")) {
                return descriptor.equals("[B") ? byte[].class : Class.forName(descriptor.replace('/', '.'), false, loader);
            }
            if (descriptor.startsWith("L")) {
                return Class.forName(descriptor.substring(1, descriptor.length() - 1).replace('/', '.'), false, loader);
            }
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        return null;
    }

    private Map<Integer, Object> parameterLocals(ClassFile.Call call) {
        Map<Integer, Object> locals = new HashMap<>();
        Optional<Method> m = method(call);
        int slot = 0;
        if (m.isPresent() && !java.lang.reflect.Modifier.isStatic(m.get().getModifiers())) {
            locals.put(slot++, "L" + call.owner() + ";");
        }
        if (m.isPresent()) {
            for (Class<?> p : m.get().getParameterTypes()) {
                locals.put(slot, p.isPrimitive() ? PRIM : descriptor(p));
                slot += p == long.class || p == double.class ? 2 : 1;
            }
        }
        return locals;
    }

    private static Object pop(Deque<Object> stack) {
        return stack.isEmpty() ? PRIM : stack.pop();
    }

    static int argumentCount(String descriptor) {
        int count = 0;
        for (int i = 1; descriptor.charAt(i) != ')'; i++) {
            char c = descriptor.charAt(i);
            while (c == '[') {
                c = descriptor.charAt(++i);
            }
            if (c == 'L') {
                i = descriptor.indexOf(';', i);
            }
            count++;
        }
        return count;
    }

    private Optional<ClassFile> classFile(String owner) {
        return parsed.computeIfAbsent(owner, o -> {
            InputStream in = classes.apply(o);
            if (in == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(ClassFile.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read class " + o, e);
            }
        });
    }

    static String internal(Class<?> c) {
        return c.getName().replace('.', '/');
    }

    static String descriptor(Method m) {
        StringBuilder b = new StringBuilder("(");
        for (Class<?> p : m.getParameterTypes()) {
            b.append(descriptor(p));
        }
        return b.append(')').append(descriptor(m.getReturnType())).toString();
    }

    static String descriptor(Class<?> c) {
        if (c.isArray()) {
            return c.getName().replace('.', '/');
        }
        if (c.isPrimitive()) {
            return Map.of(void.class, "V", boolean.class, "Z", byte.class, "B", char.class, "C", short.class, "S",
                    int.class, "I", long.class, "J", float.class, "F", double.class, "D").get(c);
        }
        return "L" + internal(c) + ";";
    }
}
