/*
 * NACRad — replica tooling. GPL-3.0-or-later.
 *
 * Lists the public and protected signatures declared in Java source files, one normalised line per member,
 * so the replica can be diffed against the real KNIME sources. Parse-only (javac tree API): the sources need
 * not compile, which lets the same tool read knime-core checkouts without their dependencies.
 *
 * Usage: java ApiSignatures.java FILE.java...   (prints "<binary type name>: <signature>" lines, sorted)
 */
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeParameterTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

public final class ApiSignatures {

    private final Set<String> lines = new TreeSet<>();

    public static void main(final String[] args) throws Exception {
        ApiSignatures sigs = new ApiSignatures();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
            List<File> files = new ArrayList<>();
            for (String a : args) {
                files.add(new File(a));
            }
            JavacTask task = (JavacTask)javac.getTask(null, fm, d -> { }, List.of("-proc:none"), null,
                fm.getJavaFileObjectsFromFiles(files));
            for (CompilationUnitTree unit : task.parse()) {
                String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString() + ".";
                for (Tree t : unit.getTypeDecls()) {
                    if (t instanceof ClassTree c) {
                        sigs.type(pkg, c, false);
                    }
                }
            }
        }
        sigs.lines.forEach(System.out::println);
    }

    private void type(final String prefix, final ClassTree c, final boolean inInterface) {
        Set<Modifier> mods = c.getModifiers().getFlags();
        boolean visible = inInterface || mods.contains(Modifier.PUBLIC) || mods.contains(Modifier.PROTECTED);
        if (!visible) {
            return;
        }
        String name = prefix + c.getSimpleName();
        Tree.Kind kind = c.getKind();
        boolean isInterface = kind == Tree.Kind.INTERFACE || kind == Tree.Kind.ANNOTATION_TYPE;
        Set<String> typeMods = modifiers(c.getModifiers(), inInterface ? Set.of("public", "static") : Set.of());
        if (isInterface) {
            typeMods.remove("abstract");
        }
        if (kind != Tree.Kind.CLASS && prefix.endsWith("$")) {
            typeMods.add("static"); // nested interfaces, enums and records are implicitly static
        }
        StringBuilder head = new StringBuilder(join(typeMods)).append(kindWord(kind)).append(' ')
            .append(c.getSimpleName()).append(typeParams(c.getTypeParameters()));
        if (c.getExtendsClause() != null) {
            head.append(" extends ").append(norm(c.getExtendsClause()));
        }
        if (!c.getImplementsClause().isEmpty()) {
            head.append(isInterface ? " extends " : " implements ").append(
                c.getImplementsClause().stream().map(ApiSignatures::norm).collect(Collectors.joining(", ")));
        }
        lines.add(name + ": " + head);
        boolean hasCtor = false;
        for (Tree m : c.getMembers()) {
            if (m instanceof MethodTree mt) {
                hasCtor |= mt.getName().contentEquals("<init>");
                method(name, c, mt, isInterface);
            } else if (m instanceof VariableTree v) {
                field(name, v, isInterface, kind == Tree.Kind.ENUM);
            } else if (m instanceof ClassTree nested) {
                type(name + "$", nested, isInterface);
            }
        }
        if (!hasCtor && kind == Tree.Kind.CLASS) {
            String access = inInterface || mods.contains(Modifier.PUBLIC) ? "public " : mods.contains(Modifier.PROTECTED)
                ? "protected " : null;
            if (access != null) {
                lines.add(name + ": " + access + c.getSimpleName() + "() // implicit");
            }
        }
    }

    private void method(final String owner, final ClassTree c, final MethodTree m, final boolean inInterface) {
        Set<String> mods = modifiers(m.getModifiers(), Set.of());
        if (inInterface) {
            if (mods.contains("private")) {
                return;
            }
            mods.add("public");
            if (m.getBody() == null && !mods.contains("static")) {
                mods.add("abstract");
            }
        } else if (!mods.contains("public") && !mods.contains("protected")) {
            return;
        }
        boolean ctor = m.getName().contentEquals("<init>");
        String params = m.getParameters().stream().map(p -> {
            String t = norm(p.getType());
            boolean varargs = p.toString().contains("...");
            return varargs && t.endsWith("[]") ? t.substring(0, t.length() - 2) + "..." : t;
        }).collect(Collectors.joining(", "));
        StringBuilder s = new StringBuilder(join(mods)).append(typeParams(m.getTypeParameters()));
        if (!m.getTypeParameters().isEmpty()) {
            s.append(' ');
        }
        if (ctor) {
            s.append(c.getSimpleName());
        } else {
            s.append(norm(m.getReturnType())).append(' ').append(m.getName());
        }
        s.append('(').append(params).append(')');
        if (!m.getThrows().isEmpty()) {
            s.append(" throws ").append(m.getThrows().stream().map(ApiSignatures::norm).sorted()
                .collect(Collectors.joining(", ")));
        }
        lines.add(owner + ": " + s);
    }

    private void field(final String owner, final VariableTree v, final boolean inInterface, final boolean inEnum) {
        Set<String> mods = modifiers(v.getModifiers(), inInterface ? Set.of("public", "static", "final") : Set.of());
        if (inEnum && v.getType() == null || inEnum && mods.isEmpty() && v.getInitializer() != null
            && v.getInitializer().getKind() == Tree.Kind.NEW_CLASS && isEnumConstant(v)) {
            lines.add(owner + ": enum-constant " + v.getName());
            return;
        }
        if (!mods.contains("public") && !mods.contains("protected")) {
            return;
        }
        lines.add(owner + ": " + join(mods) + norm(v.getType()) + " " + v.getName());
    }

    private static boolean isEnumConstant(final VariableTree v) {
        return v.getType() != null && v.getType().toString().isEmpty();
    }

    private static Set<String> modifiers(final ModifiersTree m, final Set<String> implicit) {
        Set<String> out = new java.util.LinkedHashSet<>();
        List<String> order = List.of("public", "protected", "private", "abstract", "static", "final",
            "synchronized", "default");
        Set<String> present = m.getFlags().stream().map(Modifier::toString).collect(Collectors.toSet());
        present.addAll(implicit);
        for (String o : order) {
            if (present.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    private static String join(final Set<String> mods) {
        return mods.isEmpty() ? "" : String.join(" ", mods) + " ";
    }

    private static String kindWord(final Tree.Kind k) {
        return switch (k) {
            case INTERFACE -> "interface";
            case ANNOTATION_TYPE -> "@interface";
            case ENUM -> "enum";
            case RECORD -> "record";
            default -> "class";
        };
    }

    private static String typeParams(final List<? extends TypeParameterTree> tps) {
        if (tps.isEmpty()) {
            return "";
        }
        return tps.stream().map(ApiSignatures::norm).collect(Collectors.joining(", ", "<", ">"));
    }

    /** Drops package qualifiers, annotations and whitespace differences so both sides compare textually. */
    private static String norm(final Tree t) {
        String s = t.toString().replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "");
        s = s.replaceAll("\\b(?:[a-z_][\\w]*\\.)+(?=[A-Z])", "");
        return s.replaceAll("\\s+", " ").replace(" ,", ",").replace("< ", "<").replace(" >", ">").trim();
    }
}
