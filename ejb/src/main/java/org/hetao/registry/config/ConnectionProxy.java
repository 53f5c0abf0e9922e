package org.hetao.registry.config;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/**
 * A JDBC connection that adds behaviour around some of another connection's calls. Identity,
 * hash code and description are the proxy's own; every other call goes to {@link #call}, which
 * hands it on with {@link #forward} where it does nothing else.
 */
abstract class ConnectionProxy implements InvocationHandler {
    protected final Connection target;
    private final String description;

    protected ConnectionProxy(Connection target, String description) {
        this.target = target;
        this.description = description;
    }

    /** The connection as seen by its users. */
    final Connection connection() {
        return (Connection)
                Proxy.newProxyInstance(ConnectionProxy.class.getClassLoader(), new Class<?>[] {Connection.class}, this);
    }

    @Override
    public final Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        int arity = method.getParameterCount();
        if (name.equals("equals") && arity == 1) {
            return proxy == args[0];
        }
        if (name.equals("hashCode") && arity == 0) {
            return System.identityHashCode(proxy);
        }
        if (name.equals("toString") && arity == 0) {
            return description + " " + target;
        }
        return call(method, args);
    }

    /** One call on the connection other than {@code equals}, {@code hashCode} and {@code toString}. */
    protected abstract Object call(Method method, Object[] args) throws Throwable;

    /** The call on the connection underneath, with its own exception. */
    protected final Object forward(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
